"""Monitoring: the workflow the plans' "Tổ chức thực hiện" prescribes.

Agencies report progress on their tasks and actuals on their targets each
period; the planning department approves or returns them, watches deadlines and
reporting completeness, and exports the official reports. The web app and the
CLI call these functions; nothing here knows about HTTP.
"""
