"""PINs of profiles and the teacher password on a shared PC: format, scrypt hash, and the lock-out
after wrong attempts (a leaf).

Only a scrypt hash (n=2**14, r=8, p=1, 32 bytes) with a random 16-byte salt per profile is stored,
both as hex text; the PIN itself is never stored or logged.  Full-width digits typed with a Chinese
input method count as the same digits (NFKC).  After :data:`PIN_FREE_TRIES` wrong PINs in a row the
profile is locked for 30 s, doubling with each further wrong PIN up to 15 minutes
(:func:`check_attempt` decides; the caller keeps the count and the end of the lock).  The teacher
password (教师密码, :func:`check_teacher_password`: 6–64 characters) is hashed and locked out the
same way.

A PIN is a lock in the app, not encryption: the files stay readable to anyone who can open them.

This module imports nothing from the project.  Functions that make a message for the student take
``translate`` (:func:`netmkt_desktop.i18n.translate`); without it the message is the Chinese source.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

Translate = Callable[[str, str], str]  # (context, source text) -> text in the interface language


def _same(_context: str, text: str) -> str:
    return text


PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 8
SALT_BYTES = 16
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_DKLEN = 32
PIN_FREE_TRIES = 5
PIN_FIRST_LOCK_SECONDS = 30
PIN_MAX_LOCK_SECONDS = 15 * 60
TEACHER_MIN_CHARS = 6
TEACHER_MAX_CHARS = 64
PIN = "pin"  # what :func:`check_attempt` checks: a profile's PIN ...
TEACHER = "teacher"  # ... or the teacher password


def normalize_pin(pin: str) -> str:
    """Full-width digits (from a Chinese input method) become ASCII digits."""
    return unicodedata.normalize("NFKC", pin)


def check_pin(pin: str, translate: Translate = _same) -> list[str]:
    """Problems of a new PIN (empty when it is 4–8 digits)."""
    if not isinstance(pin, str):
        return [translate("pin", "PIN 应为文本。")]
    digits = normalize_pin(pin)
    if not digits:
        return [translate("pin", "请输入 PIN({low}–{high} 位数字)。").format(low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS)]
    if not re.fullmatch(r"[0-9]+", digits):
        return [translate("pin", "PIN 只能由数字 0–9 组成。")]
    if not PIN_MIN_DIGITS <= len(digits) <= PIN_MAX_DIGITS:
        return [translate("pin", "PIN 应为 {low}–{high} 位数字,现在是 {n} 位。").format(
            low=PIN_MIN_DIGITS, high=PIN_MAX_DIGITS, n=len(digits))]
    return []


def check_teacher_password(password: str, translate: Translate = _same) -> list[str]:
    """Problems of a new teacher password (empty when it is 6–64 characters without control characters)."""
    if not isinstance(password, str):
        return [translate("pin", "教师密码应为文本。")]
    text = normalize_pin(password)
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text):
        return [translate("pin", "教师密码不能包含控制字符或残缺的字符。")]
    if not TEACHER_MIN_CHARS <= len(text) <= TEACHER_MAX_CHARS:
        return [translate("pin", "教师密码应为 {low}–{high} 个字符,现在是 {n} 个。").format(
            low=TEACHER_MIN_CHARS, high=TEACHER_MAX_CHARS, n=len(text))]
    return []


def hash_teacher_password(password: str, salt: bytes | None = None) -> tuple[str, str]:
    """(hash, salt) of a teacher password as hex text.  ValueError for a password that breaks the rules."""
    problems = check_teacher_password(password)
    if problems:
        raise ValueError(problems[0])
    if salt is None:
        salt = os.urandom(SALT_BYTES)
    return _scrypt(password, salt).hex(), salt.hex()


def _scrypt(pin: str, salt: bytes) -> bytes:
    return hashlib.scrypt(normalize_pin(pin).encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                          dklen=SCRYPT_DKLEN)


def hash_pin(pin: str, salt: bytes | None = None) -> tuple[str, str]:
    """(hash, salt) as hex text; a fresh random salt unless one is given.  ValueError for a bad PIN."""
    problems = check_pin(pin)
    if problems:
        raise ValueError(problems[0])
    if salt is None:
        salt = os.urandom(SALT_BYTES)
    return _scrypt(pin, salt).hex(), salt.hex()


def verify_pin(pin: str, pin_hash: str, salt: str) -> bool:
    """True when ``pin`` is the PIN that gave ``pin_hash`` with ``salt``; never raises."""
    try:
        expected = bytes.fromhex(pin_hash)
        salt_bytes = bytes.fromhex(salt)
        if not isinstance(pin, str) or len(pin) > 64 or len(expected) != SCRYPT_DKLEN:
            return False
        return hmac.compare_digest(_scrypt(pin, salt_bytes), expected)
    except (TypeError, ValueError, UnicodeError):
        return False


# ---------------------------------------------------------------------------------------------
# Lock-out


@dataclass(frozen=True)
class PinResult:
    ok: bool
    wait_seconds: int = 0  # > 0: locked, try again after this many seconds
    message: str = ""  # for the student (empty when ok)


@dataclass(frozen=True)
class PinState:
    """What is kept per profile between attempts: wrong PINs in a row and the end of the lock."""

    failures: int = 0
    locked_until: datetime | None = None


def lock_seconds(failures: int) -> int:
    """How long the profile stays locked after ``failures`` wrong PINs in a row."""
    if failures < PIN_FREE_TRIES:
        return 0
    return min(PIN_MAX_LOCK_SECONDS, PIN_FIRST_LOCK_SECONDS * 2 ** min(failures - PIN_FREE_TRIES, 16))


def wait_text(seconds: int, translate: Translate = _same) -> str:
    if seconds < 60:
        return translate("pin", "{n} 秒").format(n=seconds)
    minutes, rest = divmod(seconds, 60)
    if rest == 0:
        return translate("pin", "{n} 分钟").format(n=minutes)
    return translate("pin", "{minutes} 分 {seconds} 秒").format(minutes=minutes, seconds=rest)


def wrong_pin_result(failures: int, lock: int, translate: Translate = _same, kind: str = PIN) -> PinResult:
    if lock == 0:
        left = PIN_FREE_TRIES - failures
        if kind == TEACHER:
            return PinResult(False, 0, translate(
                "pin", "教师密码不正确,请再试一次(再输错 {left} 次,教师密码将暂时锁定)。").format(left=left))
        return PinResult(False, 0, translate(
            "pin", "PIN 不正确,请再试一次(再输错 {left} 次,这个用户档案将暂时锁定)。").format(left=left))
    if kind == TEACHER:
        return PinResult(False, lock, translate("pin", "教师密码不正确。输错的次数太多,请等 {wait}后再试。").format(
            wait=wait_text(lock, translate)))
    return PinResult(False, lock, translate("pin", "PIN 不正确。输错的次数太多,请等 {wait}后再试。").format(
        wait=wait_text(lock, translate)))


def locked_result(wait: int, translate: Translate = _same, kind: str = PIN) -> PinResult:
    wait = max(1, wait)
    if kind == TEACHER:
        return PinResult(False, wait, translate(
            "pin", "输错教师密码的次数太多,教师密码暂时锁定,请等 {wait}后再试。").format(wait=wait_text(wait, translate)))
    return PinResult(False, wait, translate(
        "pin", "输错 PIN 的次数太多,这个用户档案暂时锁定,请等 {wait}后再试。").format(wait=wait_text(wait, translate)))


def check_attempt(pin: str, pin_hash: str | None, salt: str | None, state: PinState, now: datetime,
                  translate: Translate = _same, kind: str = PIN) -> tuple[PinResult, PinState]:
    """Check a PIN typed to open a profile (or, ``kind=TEACHER``, the teacher password); returns the
    result and the state to keep.

    A profile without PIN always opens.  While locked nothing is checked.  The right PIN resets
    the count; a wrong one counts, and from the fifth on locks (:func:`lock_seconds`).  A lock
    that ends further away than the longest lock (the clock was put back) is shortened to it.
    """
    if pin_hash is None or salt is None:
        return PinResult(True), state
    if state.locked_until is not None and now < state.locked_until:
        locked_until = min(state.locked_until, now + timedelta(seconds=PIN_MAX_LOCK_SECONDS))
        wait = math.ceil((locked_until - now).total_seconds())
        return locked_result(wait, translate, kind), PinState(state.failures, locked_until)
    if verify_pin(pin, pin_hash, salt):
        return PinResult(True), PinState()
    failures = state.failures + 1
    lock = lock_seconds(failures)
    locked_until = now + timedelta(seconds=lock) if lock else None
    return wrong_pin_result(failures, lock, translate, kind), PinState(failures, locked_until)
