"""Errors shown to users: one message in Vietnamese and English."""


class VnplanError(Exception):
    """An input the product refuses, with a bilingual message and nothing changed."""

    def __init__(self, vi: str, en: str):
        super().__init__(f"{vi} / {en}")
        self.vi = vi
        self.en = en


class UnreadableFile(VnplanError):
    """The file cannot be read as text (broken, binary, scanned, legacy encoding)."""


class NotAPlan(VnplanError):
    """The text reads fine but is not an implementation plan."""
