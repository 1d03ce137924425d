"""The documentation keeps up with the code: hooks, stages, and the README's commands."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from newsclean import hookspecs
from newsclean.plugins import PluginHost

ROOT = Path(__file__).resolve().parents[1]
HOOKS = [name for name, value in vars(hookspecs).items() if name.startswith("newsclean_") and callable(value)]


def _read(relative: str) -> str:
    path = ROOT / relative
    assert path.exists(), f"{relative} is missing"
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_with_its_signature(hook: str) -> None:
    params = ", ".join(inspect.signature(getattr(hookspecs, hook)).parameters)
    assert f"`{hook}({params})`" in _read("docs/plugins.md")
    assert getattr(hookspecs, hook).__doc__, f"{hook} needs a docstring: it is the hook's documentation"


def test_every_builtin_stage_has_a_section_in_stages_doc() -> None:
    doc = _read("docs/stages.md")
    host = PluginHost(entry_points=False)
    missing = [name for name, info in host.stages.items()
               if info.plugin.startswith("newsclean.") and f"## `{name}`" not in doc]
    assert not missing, f"docs/stages.md has no section for {missing}"


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme, ci = _read("README.md"), _read(".ci/run")
    commands = re.findall(r"^(pip install .*pytest.*)$", readme, flags=re.MULTILINE)
    assert len(commands) == 1, "the README should give one test command"
    assert commands[0] in ci.splitlines()


def test_readme_example_article_exists() -> None:
    readme = _read("README.md")
    for path in re.findall(r"newsclean clean (examples/\S+)", readme):
        assert (ROOT / path).exists(), path
