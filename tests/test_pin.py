"""PINs: salted scrypt hashes, the format of a new PIN, and the lock-out policy (pin)."""

from __future__ import annotations

from datetime import datetime

import pytest

from netmkt_desktop.pin import PIN_MAX_LOCK_SECONDS, check_pin, hash_pin, lock_seconds, verify_pin

T0 = datetime(2026, 9, 1, 8, 0, 0)


# -- PIN hashing ---------------------------------------------------------------------------------------


def test_pin_hash_is_salted_not_the_pin_and_verifies():
    first_hash, first_salt = hash_pin("123456")
    second_hash, second_salt = hash_pin("123456")
    assert first_salt != second_salt and first_hash != second_hash  # a fresh salt each time
    assert len(bytes.fromhex(first_salt)) == 16 and len(bytes.fromhex(first_hash)) == 32
    assert "123456" not in first_hash + first_salt
    assert verify_pin("123456", first_hash, first_salt) and verify_pin("123456", second_hash, second_salt)
    assert not verify_pin("123457", first_hash, first_salt)
    assert not verify_pin("123456", first_hash, second_salt)
    assert hash_pin("123456", bytes.fromhex(first_salt)) == (first_hash, first_salt)  # deterministic per salt
    assert verify_pin("１２３４５６", first_hash, first_salt)  # full-width digits from an input method


@pytest.mark.parametrize("junk", [("1234", "zz", "00"), ("1234", "", ""), (None, "00" * 32, "00" * 16),
                                  ("1234", None, None), ("\ud800" * 4, "00" * 32, "00" * 16)])
def test_verify_pin_never_raises(junk):
    assert verify_pin(*junk) is False


@pytest.mark.parametrize(("pin", "problem"), [
    ("", "请输入"), ("123", "4–8 位"), ("123456789", "4–8 位"), ("12a4", "只能由数字"), ("12 34", "只能由数字"),
    ("١٢٣٤", "只能由数字"), (1234, "文本"),
])
def test_check_pin_explains_in_chinese(pin, problem):
    (message,) = check_pin(pin)
    assert problem in message


@pytest.mark.parametrize("pin", ["1234", "00000000", "０１２３"])
def test_good_pins(pin):
    assert check_pin(pin) == []


def test_hash_pin_refuses_a_bad_pin():
    with pytest.raises(ValueError):
        hash_pin("12")


# -- rate limiting -------------------------------------------------------------------------------------


def test_lock_policy():
    assert [lock_seconds(n) for n in range(1, 12)] == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]
    assert lock_seconds(10_000) == PIN_MAX_LOCK_SECONDS
