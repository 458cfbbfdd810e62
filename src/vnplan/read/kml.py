"""A plan kept on a map: a KML file (Google My Maps, Google Earth, QGIS's export), read as the document it carries.

The map's `<Document>` holds the document in its `<description>` (HTML, often "<br>"-joined, in a CDATA section) and
its points in `<Placemark>`s, grouped by `<Folder>` (a My Maps layer). Each point is a row of the map's table, as the
app shows a layer: its name, then its fields, from `<ExtendedData>` (`<Data name="Chủ trì"><value>…`) or, without
them, from the "Name: value" lines of its description. The points are read as that table, after the document, a
layer's name as the title row of its points; styles, icons, coordinates and the app's own fields go.
"""
from __future__ import annotations

import re

from ..tablerows import table_row
from .mindmap import html_lines, named_fields
from .xmltags import local_name as _local


def _child(element, name: str):
    return next((child for child in element if _local(child.tag) == name), None)


# a point's fields the app writes for itself: its place and its look, no part of the document
_APP_FIELDS = re.compile(r"(?i)(?:gx_media_links|styleUrl|latitude|longitude|vĩ độ|kinh độ|tọa độ|description)$")


def _point_fields(placemark) -> list[tuple[str, str]]:
    """A point's fields: its data, or the "Name: value" lines of its description."""
    data = _child(placemark, "ExtendedData")
    fields = []
    for item in data.iter() if data is not None else ():
        if _local(item.tag) == "Data" and (value := _child(item, "value")) is not None:
            fields.append((item.get("name") or "", " ".join((value.text or "").split())))
        elif _local(item.tag) == "SimpleData":
            fields.append((item.get("name") or "", " ".join((item.text or "").split())))
    if not fields and (description := _child(placemark, "description")) is not None:
        fields = named_fields(html_lines(description.text or ""))
    return [(name, value) for name, value in fields if name and not _APP_FIELDS.match(name)]


def _layer_rows(layer, columns: list[str]) -> list[tuple[str, str, dict[str, str]]]:
    """(layer's name, point's name, its fields) for each point of the layer and of the folders inside it."""
    rows = []
    title = " ".join((_child(layer, "name").text or "").split()) if _child(layer, "name") is not None else ""
    for element in layer:
        tag = _local(element.tag)
        if tag == "Placemark":
            fields = _point_fields(element)
            for name, _ in fields:
                if name not in columns:
                    columns.append(name)
            point = _child(element, "name")
            rows.append((title, " ".join((point.text or "").split()) if point is not None else "", dict(fields)))
        elif tag in ("Folder", "Document"):
            rows += _layer_rows(element, columns)
    return rows


def kml_lines(root) -> list[str]:
    """The map's document, then its points as a table ("| Tên điểm | Nhiệm vụ | Chủ trì | … |"), a layer's name a row of
    its own over its points."""
    document = _child(root, "Document") if _local(root.tag) == "kml" else root
    document = root if document is None else document
    lines = []
    name, description = _child(document, "name"), _child(document, "description")
    if name is not None and (name.text or "").strip():
        lines.append(" ".join(name.text.split()))
    if description is not None:
        lines += html_lines(description.text or "")
    columns: list[str] = []
    rows = _layer_rows(document, columns)
    if rows:
        lines.append(table_row(["Tên điểm", *columns]))
        layer = None
        for title, point, fields in rows:
            if title and title != layer:
                lines.append(table_row([title]))
                layer = title
            lines.append(table_row([point, *(fields.get(column, "") for column in columns)]))
    return lines
