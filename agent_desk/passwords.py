"""Password hashing with scrypt, a memory-hard KDF from the standard library.

The format carries its parameters, so they can be raised later without breaking old hashes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

N, R, P = 2**14, 8, 1  # 16 MiB of memory per guess
DKLEN = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


# What a login checks an unknown agent number against: the same scrypt work as a real account's
# hash (same parameters), so the time taken does not tell whether the account exists. No
# password matches it (the digest is not the scrypt of anything we know).
UNKNOWN_ACCOUNT_HASH = "$".join(
    ["scrypt", str(N), str(R), str(P), _b64(b"agent-desk-none!"), _b64(bytes(DKLEN))]
)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=DKLEN)
    return "$".join(["scrypt", str(N), str(R), str(P), _b64(salt), _b64(digest)])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=128 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
