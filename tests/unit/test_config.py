"""Settings: flags beat environment beats defaults; bad values name the setting."""

from __future__ import annotations

import pytest

from talentguard.config import DEFAULT_REDIS_URL, Settings
from talentguard.errors import ConfigError


def test_when_nothing_is_set_then_defaults_apply() -> None:
    s = Settings.load(env={})
    assert s.bootstrap is None and s.redis_url == DEFAULT_REDIS_URL
    assert s.duckdb_path is not None and s.policy == "default" and s.k == 5


def test_when_flag_and_env_are_both_set_then_flag_wins() -> None:
    s = Settings.load(env={"TALENTGUARD_BOOTSTRAP": "h1:1"}, bootstrap="h2:2")
    assert s.bootstrap == "h2:2"


@pytest.mark.parametrize(
    "env, setting",
    [
        ({"TALENTGUARD_BOOTSTRAP": "no-port"}, "TALENTGUARD_BOOTSTRAP"),
        ({"TALENTGUARD_BOOTSTRAP": "host:99999"}, "TALENTGUARD_BOOTSTRAP"),
        ({"TALENTGUARD_REDIS_URL": "http://x"}, "TALENTGUARD_REDIS_URL"),
        ({"TALENTGUARD_REDIS_URL": "redis://h:6379/abc"}, "TALENTGUARD_REDIS_URL"),
        ({"TALENTGUARD_SINK": "sqlite:x"}, "TALENTGUARD_SINK"),
        ({"TALENTGUARD_SINK": "duckdb:"}, "TALENTGUARD_SINK"),
        ({"TALENTGUARD_K": "zero"}, "TALENTGUARD_K"),
        ({"TALENTGUARD_K": "0"}, "TALENTGUARD_K"),
    ],
)
def test_when_a_value_is_bad_then_the_error_names_the_setting(env: dict, setting: str) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.load(env=env)
    assert setting in str(info.value)


def test_when_a_url_has_a_password_then_errors_and_repr_mask_it() -> None:
    with pytest.raises(ConfigError) as info:
        Settings.load(env={"TALENTGUARD_SINK": "mysql://u:s3cret@h/db"})
    assert "s3cret" not in str(info.value)
    s = Settings.load(env={"TALENTGUARD_SINK": "postgresql://u:s3cret@h/db"})
    assert "s3cret" not in repr(s)
