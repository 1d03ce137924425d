"""The plugin module named by the entry point: one stage, registered through newsclean's public hook."""

from __future__ import annotations

import re
from typing import ClassVar

import attrs

from newsclean import Document, hookimpl

# Linear-time patterns: no nested quantifiers, bounded repeats.
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}\b")
# International or national numbers: 7 to 15 digits, grouped by spaces, dots, dashes or brackets.
PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d\s().-]{5,20}\d(?![\w])")


def _phone_like(match: re.Match[str]) -> bool:
    digits = sum(ch.isdigit() for ch in match.group())
    text = match.group()
    # Years, prices and dates are not phones: demand enough digits and at least one group separator.
    return 7 <= digits <= 15 and (text.startswith(("+", "00")) or any(sep in text for sep in " -.()"))


@attrs.frozen
class MaskContacts:
    """Replace e-mail addresses and phone numbers with placeholders; each change a recorded edit."""

    name: ClassVar[str] = "mask-contacts"
    emails: bool = True
    phones: bool = True
    email_placeholder: str = "[email]"
    phone_placeholder: str = "[phone]"

    def mask(self, text: str) -> tuple[str, list[str]]:
        kinds = []
        if self.emails:
            text, n = EMAIL.subn(self.email_placeholder, text)
            if n:
                kinds.append(f"{n} e-mail address{'es' if n > 1 else ''}")
        if self.phones:
            count = 0

            def replace(match: re.Match[str]) -> str:
                nonlocal count
                if not _phone_like(match):
                    return match.group()
                count += 1
                return self.phone_placeholder

            text = PHONE.sub(replace, text)
            if count:
                kinds.append(f"{count} phone number{'s' if count > 1 else ''}")
        return text, kinds

    def __call__(self, doc: Document) -> Document:
        for pos, para in enumerate(doc.paragraphs):
            masked, kinds = self.mask(para.text)
            if kinds:
                doc = doc.replace_text(pos, masked, stage=self.name, reason="masked " + " and ".join(kinds))
        return doc


@hookimpl
def newsclean_register_stages(register) -> None:  # type: ignore[no-untyped-def]
    register("mask-contacts", MaskContacts, requires=("paragraphs",))
