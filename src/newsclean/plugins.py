"""Finding, loading and registering plugins — built-in and third-party alike.

The built-in stages are plugins listed in ``DEFAULT_PLUGINS`` and loaded through the same plugin manager
and the same hook as any third-party package. Third-party plugins come only from installed entry points
of the ``newsclean`` group (or modules named explicitly); nothing is imported from the current directory or
from input data.

One broken plugin must not take the tool down: each entry point is loaded on its own, and a failure is
recorded with the plugin's name and shown by ``newsclean plugins``. Set ``NEWSCLEAN_STRICT_PLUGINS=1`` to
make such failures raise instead, and ``NEWSCLEAN_DISABLE_PLUGINS=a,b`` to skip plugins by name.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import pluggy

from . import hookspecs
from .errors import ConfigError, PluginError
from .registry import StageInfo, StageRegister

ENTRY_POINT_GROUP = "newsclean"
STRICT_ENV = "NEWSCLEAN_STRICT_PLUGINS"
DISABLE_ENV = "NEWSCLEAN_DISABLE_PLUGINS"
#: Extra plugin modules to load, by import name (what ``newsclean clean --plugin`` sets, so that worker
#: processes load the same plugins as the parent).
PLUGINS_ENV = "NEWSCLEAN_PLUGINS"

#: The built-in plugins, one module per stage. Their order here does not decide pipeline order.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "newsclean.stages.segment",
    "newsclean.stages.repair",
    "newsclean.stages.language",
    "newsclean.stages.title",
    "newsclean.stages.byline",
    "newsclean.stages.credit",
    "newsclean.stages.dateline",
    "newsclean.stages.dates",
    "newsclean.stages.dedup",
    "newsclean.stages.tags",
    "newsclean.stages.boilerplate",
    "newsclean.stages.site_boilerplate",
)


@attrs.frozen
class PluginStatus:
    """One plugin as ``newsclean plugins`` reports it."""

    name: str
    module: str
    builtin: bool
    loaded: bool
    error: str | None = None
    version: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def strict_mode() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def _env_list(name: str) -> list[str]:
    return [p.strip() for p in os.environ.get(name, "").split(",") if p.strip()]


def disabled_plugins() -> frozenset[str]:
    return frozenset(_env_list(DISABLE_ENV))


class PluginHost:
    """A plugin manager with its stages and a record of every plugin that failed."""

    def __init__(
        self,
        *,
        entry_points: bool = True,
        extra_plugins: Sequence[str | object] = (),
        disable: Iterable[str] = (),
        strict: bool | None = None,
    ) -> None:
        self.strict = strict_mode() if strict is None else strict
        self.disabled = frozenset(disable) | disabled_plugins()
        self.pm = pluggy.PluginManager(hookspecs.PROJECT)
        self.pm.add_hookspecs(hookspecs)
        self.statuses: list[PluginStatus] = []
        self.stages: dict[str, StageInfo] = {}
        for module_name in DEFAULT_PLUGINS:
            self._load(module_name, lambda m=module_name: importlib.import_module(m),
                       module_name, builtin=True)
        if entry_points:
            for ep in _entry_points():
                dist = getattr(ep, "dist", None)
                version = dist.version if dist is not None else None
                self._load(ep.name, ep.load, ep.value, builtin=False, version=version)
        for plugin in [*extra_plugins, *_env_list(PLUGINS_ENV)]:
            if isinstance(plugin, str):
                self._load(plugin, lambda m=plugin: importlib.import_module(m), plugin, builtin=False)
            else:
                name = getattr(plugin, "__name__", type(plugin).__name__)
                self._load(name, lambda p=plugin: p, name, builtin=False)

    # -- loading ---------------------------------------------------------------------------------------

    def _load(self, name: str, load: Any, module: str, *, builtin: bool, version: str | None = None) -> None:
        if name in self.disabled:
            self.statuses.append(PluginStatus(name, module, builtin, False, "disabled", version))
            return
        plugin: object = None
        register = StageRegister(plugin=name)
        try:
            plugin = load()
            self.pm.register(plugin, name=name)
            self.pm.check_pending()
            others = [p for p in self.pm.get_plugins() if p is not plugin]
            self.pm.subset_hook_caller("newsclean_register_stages", remove_plugins=others)(register=register)
            clash = sorted(set(register.stages) & set(self.stages))
            if clash:
                raise ConfigError(
                    f"stage {clash[0]!r} is registered twice: by {self.stages[clash[0]].plugin!r} "
                    f"and by {name!r}"
                )
        except Exception as exc:
            if plugin is not None and self.pm.is_registered(plugin):
                self.pm.unregister(plugin)
            message = f"{type(exc).__name__}: {exc}"
            self.statuses.append(PluginStatus(name, module, builtin, False, message, version))
            if self.strict or builtin:
                raise PluginError(f"plugin {name!r} ({module}) failed to load: {message}") from exc
            return
        self.stages.update(register.stages)
        self.statuses.append(PluginStatus(name, module, builtin, True, None, version))

    # -- queries ---------------------------------------------------------------------------------------

    @property
    def failures(self) -> list[PluginStatus]:
        return [s for s in self.statuses if not s.loaded and s.error != "disabled"]

    def stage(self, name: str) -> StageInfo:
        try:
            return self.stages[name]
        except KeyError:
            known = ", ".join(sorted(self.stages))
            hint = ""
            failed = [s.name for s in self.failures]
            if failed:
                hint = f" (plugins that failed to load: {', '.join(failed)}; see `newsclean plugins`)"
            raise ConfigError(f"unknown stage {name!r}; known stages: {known}{hint}") from None

    def boilerplate_phrases(self, language: str) -> list[str]:
        return _flatten(self.pm.hook.newsclean_boilerplate_phrases(language=language))

    def byline_markers(self, language: str) -> list[str]:
        return _flatten(self.pm.hook.newsclean_byline_markers(language=language))

    def document_done(self, document: Any) -> None:
        self.pm.hook.newsclean_document_done(document=document)


def _flatten(results: Iterable[list[str] | None]) -> list[str]:
    out: list[str] = []
    for result in results:
        if result:
            out.extend(str(x) for x in result)
    return out


def _entry_points() -> list[importlib.metadata.EntryPoint]:
    eps = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    # Sorted by name so that loading (and any clash message) is the same on every machine.
    return sorted(eps, key=lambda ep: ep.name)


_default_host: PluginHost | None = None


def get_host() -> PluginHost:
    """The process-wide plugin host, built on first use (each worker process builds its own)."""
    global _default_host
    if _default_host is None:
        _default_host = PluginHost()
    return _default_host


def reset_host() -> None:
    """Forget the process-wide host (tests, or after installing a plugin in a running process)."""
    global _default_host
    _default_host = None
