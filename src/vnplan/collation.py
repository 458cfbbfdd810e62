"""Vietnamese dictionary order for every sorted list, through ICU's Vietnamese tailoring.

Code-point order puts "Đ" after "Z" and "Ủy" after "Ý"; the dictionary puts đ right after d,
each vowel's variants together (a, ă, â) and tones in the order ngang, huyền, hỏi, ngã, sắc,
nặng. Text is brought to NFC and one tone-mark style first, so "Uỷ" and "Ủy" sort as one.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable, TypeVar

from .normalise import normalise_text

LOCALE = "vi_VN"
T = TypeVar("T")


@lru_cache(maxsize=1)
def _collator():
    import icu

    return icu.Collator.createInstance(icu.Locale(LOCALE))


@lru_cache(maxsize=16384)
def collation_key(text: str | None) -> bytes:
    """The sort key of `text` in Vietnamese dictionary order (None sorts as the empty text)."""
    return _collator().getSortKey(normalise_text(text or ""))


def sorted_vi(items: Iterable[T], key: Callable[[T], str | None | tuple[str | None, ...]] = lambda item: item) -> list[T]:
    """`items` in Vietnamese dictionary order of `key(item)`: one text, or a tuple compared text by text."""
    def sort_key(item: T):
        value = key(item)
        return tuple(map(collation_key, value)) if isinstance(value, tuple) else collation_key(value)

    return sorted(items, key=sort_key)
