"""Office files are ZIP containers: what a container holds is checked before anything inflates it.

A few kilobytes of ZIP can inflate to gigabytes (a "zip bomb"); the sizes the
container declares are read from its directory, without inflating anything, and
a container that declares too much, or too many entries, or compresses too well to be
an honest document, is refused. The ZIP reader checks the declared sizes while
inflating, so a container cannot lie about them either.
"""
from __future__ import annotations

import io
import zipfile

MAX_ENTRIES = 5000
MAX_INFLATED = 256 * 1024 * 1024  # far more than any plan or report (with its images) needs
MAX_RATIO = 200  # honest XML compresses tenfold, rarely a hundredfold; bombs a thousandfold and more


def zip_problem(data: bytes, required: tuple[str, ...] = (), refused: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """Why the ZIP container `data` must not be opened (Vietnamese, English), or None when it may.

    `required`: entries a real file of its kind has; `refused`: entries it must not have (macros)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return "tệp không phải là tệp nén Office hợp lệ", "not a valid Office (ZIP) container"
    if len(entries) > MAX_ENTRIES:
        return "tệp chứa quá nhiều thành phần", "too many entries in the container"
    inflated = sum(e.file_size for e in entries)
    if inflated > MAX_INFLATED or inflated > MAX_RATIO * max(len(data), 1) + 1024 * 1024:
        return "tệp nén bung ra quá lớn", "the container inflates too much"
    names = {e.filename for e in entries}
    if missing := [name for name in required if name not in names]:
        return f"tệp thiếu phần {missing[0]}", f"the container lacks {missing[0]}"
    if present := [name for name in names if name.lower() in refused]:
        return f"tệp chứa macro ({present[0]}), không được phép", f"macros are not allowed ({present[0]})"
    return None
