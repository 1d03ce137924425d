"""What a stage is to the host: a name, a factory, what it needs, what it provides, and its options."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Protocol

import attrs

from .errors import ConfigError
from .model import Document


class Stage(Protocol):
    """Anything that takes a document and returns a (new) document."""

    def __call__(self, doc: Document, /) -> Document: ...


StageFactory = Callable[..., Stage]


@attrs.frozen
class StageOption:
    name: str
    default: Any
    type: str


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(v) for v in value)


@attrs.frozen
class StageInfo:
    """A registered stage, as ``newsclean stages`` shows it."""

    name: str
    factory: StageFactory
    description: str
    plugin: str
    requires: tuple[str, ...] = attrs.field(default=(), converter=_names)
    provides: tuple[str, ...] = attrs.field(default=(), converter=_names)

    @property
    def options(self) -> tuple[StageOption, ...]:
        """The factory's options, read from its attrs fields (other factories declare none)."""
        if not (isinstance(self.factory, type) and attrs.has(self.factory)):
            return ()
        out = []
        for field in attrs.fields(self.factory):
            if not field.init or field.name.startswith("_"):
                continue
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            out.append(StageOption(field.name, default, type(default).__name__))
        return tuple(out)

    def build(self, options: dict[str, Any] | None = None) -> Stage:
        options = dict(options or {})
        known = {o.name: o for o in self.options}
        unknown = sorted(set(options) - set(known))
        if unknown:
            listed = ", ".join(sorted(known)) or "none"
            raise ConfigError(f"stage {self.name!r} has no option {unknown[0]!r}; its options: {listed}")
        converted = {k: coerce_option(self.name, known[k], v) for k, v in options.items()}
        try:
            return self.factory(**converted)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"stage {self.name!r}: bad options {converted!r}: {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "plugin": self.plugin,
            "description": self.description,
            "requires": list(self.requires),
            "provides": list(self.provides),
            "options": {o.name: _jsonable(o.default) for o in self.options},
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple, frozenset, set)):
        return [_jsonable(v) for v in value]
    return repr(value)


def coerce_option(stage: str, option: StageOption, value: Any) -> Any:
    """Turn a value from the command line (always text) into the option's type; config values pass."""
    if not isinstance(value, str) or option.type == "str":
        return value
    text = value.strip()
    try:
        if option.type == "bool":
            if text.lower() in ("1", "true", "yes", "on"):
                return True
            if text.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(text)
        if option.type == "int":
            return int(text)
        if option.type == "float":
            return float(text)
        if option.type in ("tuple", "list", "frozenset"):
            return tuple(part.strip() for part in text.split(",") if part.strip())
    except ValueError:
        raise ConfigError(
            f"stage {stage!r}: option {option.name!r} wants a {option.type}, got {value!r}"
        ) from None
    return value


class StageRegister:
    """The ``register`` callback handed to ``newsclean_register_stages``; collects ``StageInfo``s."""

    def __init__(self, plugin: str) -> None:
        self.stages: dict[str, StageInfo] = {}
        self.plugin = plugin

    def __call__(
        self,
        name: str,
        factory: StageFactory,
        *,
        description: str = "",
        requires: Iterable[str] = (),
        provides: Iterable[str] = (),
    ) -> None:
        if not isinstance(name, str) or not name or not name.replace("-", "_").isidentifier():
            raise ConfigError(f"plugin {self.plugin!r} registered a stage with a bad name {name!r}")
        if not callable(factory):
            raise ConfigError(f"plugin {self.plugin!r}: the factory of stage {name!r} is not callable")
        if name in self.stages:
            other = self.stages[name].plugin
            raise ConfigError(f"stage {name!r} is registered twice: by {other!r} and by {self.plugin!r}")
        doc = (description or (factory.__doc__ or "")).strip().splitlines()
        self.stages[name] = StageInfo(
            name=name,
            factory=factory,
            description=doc[0] if doc else "",
            plugin=self.plugin,
            requires=_names(requires),
            provides=_names(provides),
        )
