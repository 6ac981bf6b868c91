"""Anaphora: pronouns, roles and "the latter" take the name of the person they stand for.

`resolve` walks the mentions of one document (toolkit.quotes.mentions.MentionFinder) in text
order: names teach the attributes learnt for their key (gender, country, office), anaphors
take the last compatible person, preferring a role that names the office or country the
person holds, then a sentence subject in the window; institutions named by their owner
("Zelensky's office") take the owner's office.
"""

from __future__ import annotations

import re
from dataclasses import replace

from toolkit.quotes.lexicon import ORG_ANAPHORIC, ORG_NEEDS_OWNER
from toolkit.quotes.mentions import ANONYMOUS, ANONYMOUS_GROUP, Mention, tokens
from toolkit.quotes.names import speaker_key

_COMPANY = "org:company"
# Offices whose holder is somebody only when named as such before: the reporters of the
# outlet itself ask questions unnamed.
_NAMED_ONLY = frozenset({"journalist"})


def _compatible(anaphor: Mention, cand: Mention) -> bool:
    if cand.role == ANONYMOUS_GROUP:
        return False  # "по словам сотрудников": no "she" or "the doctor" means them
    if anaphor.gender and cand.gender and anaphor.gender != cand.gender:
        return False
    if anaphor.country and cand.country and anaphor.country != cand.country:
        return False
    return not (anaphor.role and cand.role and anaphor.role != cand.role)


def _agrees(anaphor: Mention, cand: Mention) -> bool:
    """A role that names a country or office the candidate is known to hold."""
    if anaphor.kind != "role":
        return False
    country = anaphor.country is not None and anaphor.country == cand.country
    role = anaphor.role is not None and anaphor.role == cand.role
    return country or role


def resolve(mentions: list[Mention], *, window: int = 3, lang: str | None = None) -> list[Mention]:
    """Fill `name`/`key` of pronouns and roles from the last compatible person.

    Subjects (first mentions of a sentence) within `window` sentences are preferred;
    otherwise the last compatible person. Attributes learnt for a name (its country and
    role) carry over to later mentions of the same key. With `lang`, a first name alone
    ("Ми поговорили із Софією") is the person named before in full (Софія Матвієнко).
    """
    known: dict[str, Mention] = {}
    first_names: dict[str, Mention] = {}
    done: list[Mention] = []
    for m in mentions:
        if m.kind == "org" and m.role == "spokes":
            m = _spokesperson(m, done)
        if m.kind == "org":
            done.append(_qualified(_owned(m, done, known), done))
            continue
        if m.kind == "name" and lang is not None:
            m = _by_first_name(m, lang, known, first_names)
        if m.kind == "name":
            prior = known.get(m.key or "")
            if prior is not None:
                m = replace(
                    m,
                    gender=m.gender or prior.gender,
                    country=m.country or prior.country,
                    role=m.role or prior.role,
                )
            known[m.key or ""] = m
            done.append(m)
            continue
        if m.role in (ANONYMOUS, ANONYMOUS_GROUP):  # "одна из матерей": nobody to look for
            done.append(m)
            continue
        target = _antecedent(m, done, known, window)
        if target is not None:
            m = replace(
                m,
                name=target.name,
                key=target.key,
                gender=m.gender or target.gender,
                country=m.country or target.country,
                role=m.role or target.role,
                antecedent=target.end if target.antecedent is None else target.antecedent,
            )
        done.append(m)
    return done


def _spokesperson(m: Mention, done: list[Mention]) -> Mention:
    """An unnamed spokesperson of an institution speaks for it, unless a spokesperson was
    named before ("речник Кремля Олег Сорокін ... Пізніше речник Кремля додав"): then it is
    that person."""
    named = next((d for d in reversed(done) if d.kind == "name" and d.role == "spokes"), None)
    if named is None:
        return m
    return replace(m, kind="role", name=named.name, key=named.key, gender=named.gender,
                   antecedent=named.end)  # fmt: skip


def _by_first_name(
    m: Mention, lang: str, known: dict[str, Mention], first_names: dict[str, Mention]
) -> Mention:
    """A one-word name that is the first name of a person named in full before (and no
    surname of anyone) takes that person's name and key; a full name is remembered."""
    words = [w for _, _, w in tokens(m.text) if re.match(r"\w", w)]
    if len(words) > 1 and m.key:
        first_names.setdefault(speaker_key(words[0], lang), m)
        return m
    if len(words) == 1 and m.key and m.key not in known and m.key in first_names:
        full = first_names[m.key]
        return replace(m, name=full.name, key=full.key, gender=m.gender or full.gender)
    return m


def _antecedent(
    m: Mention, done: list[Mention], known: dict[str, Mention], window: int
) -> Mention | None:
    """Agreeing role within 2*window sentences, else the holder of the role's office
    anywhere before, else the last compatible subject within `window`, else the last
    compatible mention (searched backwards, nearest first)."""
    if m.kind == "latter":
        for d in reversed(done):
            if m.sentence - d.sentence > 1:
                break
            if d.key and d.kind == "name":
                return d
        return None
    if m.gender == "neut":  # English "it said": the last institution of the window
        for d in reversed(done):
            if m.sentence - d.sentence > window:
                break
            if d.kind == "org" and d.key:
                return d
        return None
    if m.kind == "role" and m.role in _NAMED_ONLY:
        return _office_holder(m, done, known)  # "— спросил журналист": the outlet's own
    subject = fallback = None
    for d in reversed(done):
        distance = m.sentence - d.sentence
        if distance > 2 * window and fallback is not None:
            break
        if not d.key or d.kind == "org":
            continue
        info = _full(d, known)
        if not _compatible(m, info):
            continue
        if distance <= 2 * window and _agrees(m, info):
            return d
        if subject is None and d.first and distance <= window:
            subject = d
        if fallback is None:
            fallback = d
    return _office_holder(m, done, known) or subject or fallback


def _office_holder(m: Mention, done: list[Mention], known: dict[str, Mention]) -> Mention | None:
    """For a role that names an office ("the coach"), the last person known to hold it,
    however far back ("head coach Andrii Pylypenko" eight sentences before "For the coach,
    ... he said"), before any nearer person of another or no office."""
    if m.kind != "role" or not m.role:
        return None
    for d in reversed(done):
        info = _full(d, known) if d.key and d.kind != "org" else None
        if info is not None and info.role == m.role:
            return d if _compatible(m, info) else None
    return None


def _owned(m: Mention, done: list[Mention], known: dict[str, Mention]) -> Mention:
    """An institution named by its owner ("Zelensky's office"): keyed by the owner's
    office when known (org:office-president), else by the owner's key."""
    if m.owner is None or m.key is None or m.key.removeprefix("org:") not in ORG_NEEDS_OWNER:
        return m
    owner = next((d for d in reversed(done) if d.start == m.owner), None)
    if owner is None or not owner.key:
        return m
    info = _full(owner, known)
    return replace(m, key=f"{m.key}-{info.role or owner.key}")


def _qualified(m: Mention, done: list[Mention]) -> Mention:
    """ "The ministry", "the office", "у міністерстві" with no qualifier or owner of its own:
    the institution named last with one, or with that word in its name ("the Energy Ministry
    ... The ministry said", "the prosecutor's office ... the office said"). "Відомство",
    "ведомство" (the body) is the public institution named last (not a company)."""
    if m.key == f"org:{ORG_ANAPHORIC}":
        bodies = (d for d in reversed(done) if d.kind == "org" and d.key not in (None, _COMPANY))
        last = next(bodies, None)
        return m if last is None else replace(m, key=last.key)
    if m.key not in (f"org:{head}" for head in ORG_NEEDS_OWNER):
        return m
    head = m.key.removeprefix("org:")
    for d in reversed(done):
        if d.kind != "org" or not d.key or d.key == m.key:
            continue
        if d.key.startswith(f"{m.key}-") or head in (d.text or "").lower():
            return replace(m, key=d.key)  # "the prosecutor's office ... the office said"
    return m


def _full(d: Mention, known: dict[str, Mention]) -> Mention:
    """`d` with the gender, country and role learnt for its key."""
    info = known.get(d.key or "")
    if info is None:
        return d
    return replace(
        d,
        gender=d.gender or info.gender,
        country=d.country or info.country,
        role=d.role or info.role,
    )
