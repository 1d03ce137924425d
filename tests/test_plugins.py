"""Plugins: built-ins load through the public hook; broken plugins are reported, not fatal."""

from __future__ import annotations

import types
from importlib.metadata import EntryPoint

import attrs
import pytest

from newsclean import ConfigError, Document, Pipeline, PluginError, hookimpl
from newsclean.plugins import DEFAULT_PLUGINS, PluginHost


def module_plugin(name: str, **hooks: object) -> types.ModuleType:
    """A plugin as a module object, the way an entry point delivers one."""
    module = types.ModuleType(name)
    for hook_name, function in hooks.items():
        setattr(module, hook_name, function)
    return module


def make_plugin(name: str = "shout", stage: str = "shout") -> types.ModuleType:
    @attrs.frozen
    class Shout:
        """Upper-case every paragraph (a test stage)."""

        loud: bool = True

        def __call__(self, doc: Document) -> Document:
            for pos, para in enumerate(doc.paragraphs):
                doc = doc.replace_text(pos, para.text.upper(), stage=stage)
            return doc

    @hookimpl
    def newsclean_register_stages(register):  # type: ignore[no-untyped-def]
        register(stage, Shout, requires=("paragraphs",))

    return module_plugin(name, newsclean_register_stages=newsclean_register_stages)


@pytest.fixture
def no_entry_points(monkeypatch: pytest.MonkeyPatch) -> list[EntryPoint]:
    fake: list[EntryPoint] = []
    monkeypatch.setattr("newsclean.plugins._entry_points", lambda: list(fake))
    return fake


def test_every_builtin_stage_comes_from_a_builtin_plugin() -> None:
    host = PluginHost(entry_points=False)
    assert len(host.stages) >= 8
    assert {info.plugin for info in host.stages.values()} <= set(DEFAULT_PLUGINS)
    assert all(s.loaded and s.builtin for s in host.statuses)


def test_explicit_plugin_adds_a_stage() -> None:
    host = PluginHost(entry_points=False, extra_plugins=[make_plugin()])
    doc = Pipeline(["segment", "shout"], host=host).run("quiet words")
    assert doc.text == "QUIET WORDS" and doc.edits[0].stage == "shout"


def test_entry_point_that_fails_to_import_is_reported_and_others_work(no_entry_points: list[EntryPoint]) -> None:
    no_entry_points.append(EntryPoint("broken", "newsclean_no_such_module.plugin", "newsclean"))
    host = PluginHost(strict=False)
    (failure,) = host.failures
    assert failure.name == "broken" and "ModuleNotFoundError" in (failure.error or "")
    assert Pipeline(["segment", "dedup"], host=host).run("a\n\na").text == "a"


def test_unknown_stage_message_mentions_failed_plugins(no_entry_points: list[EntryPoint]) -> None:
    no_entry_points.append(EntryPoint("broken", "newsclean_no_such_module.plugin", "newsclean"))
    with pytest.raises(ConfigError, match="plugins that failed to load: broken"):
        Pipeline(["segment", "shout"], host=PluginHost(strict=False))


def test_strict_mode_from_environment_reraises(no_entry_points: list[EntryPoint],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    no_entry_points.append(EntryPoint("broken", "newsclean_no_such_module.plugin", "newsclean"))
    monkeypatch.setenv("NEWSCLEAN_STRICT_PLUGINS", "1")
    with pytest.raises(PluginError, match="plugin 'broken'"):
        PluginHost()


def test_plugin_that_fails_to_register_is_unregistered() -> None:
    @hookimpl
    def newsclean_register_stages(register):  # type: ignore[no-untyped-def]
        raise RuntimeError("cannot register")

    bad = module_plugin("bad", newsclean_register_stages=newsclean_register_stages)
    host = PluginHost(entry_points=False, extra_plugins=[bad], strict=False)
    assert host.failures[0].name == "bad" and "cannot register" in (host.failures[0].error or "")
    assert not host.pm.has_plugin("bad")


def test_misspelt_hook_is_a_failure() -> None:
    @hookimpl
    def newsclean_register_stage(register):  # type: ignore[no-untyped-def]  # missing "s"
        pass

    bad = module_plugin("typo", newsclean_register_stage=newsclean_register_stage)
    host = PluginHost(entry_points=False, extra_plugins=[bad], strict=False)
    assert host.failures[0].name == "typo"


def test_duplicate_stage_name_names_both_plugins() -> None:
    host = PluginHost(entry_points=False, extra_plugins=[make_plugin("one", "dedup")], strict=False)
    assert "registered twice" in (host.failures[0].error or "") and "one" in (host.failures[0].error or "")
    assert host.stages["dedup"].plugin == "newsclean.stages.dedup"


def test_disable_by_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCLEAN_DISABLE_PLUGINS", "shout")
    host = PluginHost(entry_points=False, extra_plugins=[make_plugin()])
    assert "shout" not in host.stages
    assert [s.error for s in host.statuses if s.name == "shout"] == ["disabled"]


def test_hooks_for_phrases_and_markers() -> None:
    @hookimpl
    def newsclean_boilerplate_phrases(language):  # type: ignore[no-untyped-def]
        return ["Weiter zum Wetterbericht"] if language == "de" else None

    @hookimpl
    def newsclean_byline_markers(language):  # type: ignore[no-untyped-def]
        return ["Verfasst von"] if language == "de" else None

    plugin = module_plugin("words", newsclean_boilerplate_phrases=newsclean_boilerplate_phrases,
                           newsclean_byline_markers=newsclean_byline_markers)
    host = PluginHost(entry_points=False, extra_plugins=[plugin])
    assert host.boilerplate_phrases("de") == ["Weiter zum Wetterbericht"]
    assert host.byline_markers("de") == ["Verfasst von"] and host.byline_markers("fr") == []


def test_document_done_observes_every_document() -> None:
    seen: list[str] = []

    @hookimpl
    def newsclean_document_done(document):  # type: ignore[no-untyped-def]
        seen.append(document.id)

    plugin = module_plugin("watch", newsclean_document_done=newsclean_document_done)
    host = PluginHost(entry_points=False, extra_plugins=[plugin])
    list(Pipeline(["segment"], host=host).pipe([{"text": "a", "id": "1"}, {"text": "b", "id": "2"}]))
    assert seen == ["1", "2"]
