"""Alembic environment: run by `vnplan.register.db.migrate`, which passes the connection."""
from alembic import context

from vnplan.register.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")

if connection is None:  # `alembic` command line, used by developers to write new revisions
    from sqlalchemy import create_engine

    connection = create_engine(context.config.get_main_option("sqlalchemy.url")).connect()

def include_object(obj, name, type_, reflected, compare_to):
    """The full-text index tables are made by hand in the migrations, not from the models."""
    return not (type_ == "table" and name.startswith("task_fts"))


context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                  include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
