"""The seconds a rate-limit window has left, as its headers count them."""

import pytest

from services.api.ratelimit import seconds_left


@pytest.mark.parametrize("now", [7000.003, 7000.004, 7000.005, 0.25, 123456.789])
def test_a_window_of_an_hour_taken_now_has_an_hour_left(now: float) -> None:
    # (now + 3600) - now is 3600.0000000000005 for some readings of the monotonic clock: the reset was a second late.
    assert seconds_left(now + 3600, now) == 3600


@pytest.mark.parametrize(("ends", "now", "left"), [(10.0, 9.2, 1), (10.0, 8.9, 2), (10.0, 10.0, 1), (10.0, 12.0, 1)])
def test_part_of_a_second_left_counts_as_a_second_and_never_less_than_one(ends: float, now: float, left: int) -> None:
    assert seconds_left(ends, now) == left
