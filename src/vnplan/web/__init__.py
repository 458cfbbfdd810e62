"""The web app: server-rendered Vietnamese pages and a JSON API over the monitor and register services."""
