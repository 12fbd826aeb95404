import textwrap

import pytest

from bot.config import ConfigError, load_config
from bot.testing import ScriptedBot


def write(tmp_path, text: str):
    path = tmp_path / "livebot.yaml"
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_shipped_config_is_valid(root):
    config = load_config(root / "config/livebot.yaml")
    assert config.adapters.console is not None
    assert config.resolve(config.shop.catalog).exists()


def test_error_names_file_line_and_key(tmp_path):
    path = write(tmp_path, """
        bot:
          name: shopbot
        storage:
          url: sqlite://
          flush_seconds: -1
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    text = str(err.value)
    assert "livebot.yaml:5 storage.flush_seconds: must be > 0" in text


def test_unknown_key_is_rejected_with_suggestion(tmp_path):
    path = write(tmp_path, """
        bot:
          nmae: shopbot
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    problem = err.value.problems[0]
    assert problem.line == 2 and problem.key == "bot.nmae"
    assert "unknown key" in problem.message and "'name'" in problem.message


def test_missing_env_secret_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("LIVEBOT_TEST_SECRET", raising=False)
    path = write(tmp_path, """
        llm:
          api_key: ${LIVEBOT_TEST_SECRET}
    """)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "livebot.yaml:2 llm.api_key: environment variable LIVEBOT_TEST_SECRET is not set" in str(err.value)
    monkeypatch.setenv("LIVEBOT_TEST_SECRET", "s3cret")
    assert load_config(path).llm.api_key == "s3cret"


def test_set_override_is_validated(tmp_path):
    path = write(tmp_path, "bot:\n  name: a\n")
    assert load_config(path, ["bot.name=b", "storage.flush_rows=7"]).storage.flush_rows == 7
    with pytest.raises(ConfigError) as err:
        load_config(path, ["storage.flush_rows=0"])
    assert str(err.value).startswith("--set storage.flush_rows:")


def test_yaml_syntax_error_names_line(tmp_path):
    path = write(tmp_path, "bot:\n  name: [unclosed\nshop: {}\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "livebot.yaml:" in str(err.value) and "YAML syntax error" in str(err.value)


def test_duplicate_key_is_an_error(tmp_path):
    path = write(tmp_path, "bot:\n  name: a\n  name: b\n")
    with pytest.raises(ConfigError, match="livebot.yaml:3 bot.name: key appears twice"):
        load_config(path)


def test_config_check_cli(tmp_path, capsys):
    from bot.cli import main

    good = write(tmp_path, "bot:\n  name: a\n")
    assert main(["config", "check", str(good)]) == 0
    assert "OK" in capsys.readouterr().out
    bad = tmp_path / "bad.yaml"
    bad.write_text("logging:\n  level: LOUD\n", encoding="utf-8")
    assert main(["config", "check", str(bad)]) != 0
    assert "bad.yaml:2 logging.level:" in capsys.readouterr().err


async def test_reload_keeps_old_config_on_bad_file(tmp_path):
    path = write(tmp_path, """
        bot:
          name: firstbot
        storage:
          url: sqlite://
    """)
    config = load_config(path)
    async with ScriptedBot(config=config) as harness:
        harness.bot.config_path = path
        path.write_text("bot:\n  name: secondbot\n  colour: red\nstorage:\n  url: sqlite://\n", encoding="utf-8")
        errors = await harness.bot.reload()
        assert errors and "bot.colour" in errors[0]
        assert harness.bot.config.bot.name == "firstbot"
        # the bot keeps answering with the old config
        actions = await harness.say("mod", "!reload", "moderator")
        assert "NOT reloaded" in actions[0]["text"]
        path.write_text("bot:\n  name: secondbot\nstorage:\n  url: sqlite://\n", encoding="utf-8")
        actions = await harness.say("mod", "!reload", "moderator")
        assert actions[0]["text"] == "Config reloaded."
        assert harness.bot.config.bot.name == "secondbot"
