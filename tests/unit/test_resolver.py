"""DNS lookups within a time limit: given up on in time, and the threads of lookups given up on bounded."""
from __future__ import annotations

import socket
import threading

import pytest

from services.core.resolver import MAX_LOOKUPS, resolve


def _lookup_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("DNS lookup of ")]


def test_lookups_given_up_on_hold_at_most_max_lookups_threads(monkeypatch):
    # getaddrinfo cannot be cancelled: each lookup given up on keeps its thread until the resolver answers.
    for leftover in _lookup_threads():  # of other tests' resolvers, let go at their end
        leftover.join(5)
    real_getaddrinfo, let_go = socket.getaddrinfo, threading.Event()

    def hang_on_names(host: str, *args: object, **kwargs: object) -> list:
        if host.endswith(".example"):
            let_go.wait(30)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hang_on_names)
    try:
        for n in range(MAX_LOOKUPS):
            with pytest.raises(TimeoutError, match=rf"^DNS lookup of h{n}\.example took longer than 0\.1 s$"):
                resolve(f"h{n}.example", 80, 0.1)
        with pytest.raises(TimeoutError, match=rf"^DNS lookup of more\.example took longer than 0\.1 s "
                                               rf"\({MAX_LOOKUPS} earlier lookups still running\)$"):
            resolve("more.example", 80, 0.1)
        assert len(_lookup_threads()) == MAX_LOOKUPS
        # An address needs no resolver: it is looked up while every slot is taken.
        assert resolve("127.0.0.1", 80, 0.1, type=socket.SOCK_STREAM)[0][4] == ("127.0.0.1", 80)
    finally:
        let_go.set()
        for thread in _lookup_threads():
            thread.join(5)
    assert _lookup_threads() == []
    with pytest.raises(socket.gaierror):  # the slots are free again: the resolver's own answer comes through
        resolve("after.example", 80, 5)
