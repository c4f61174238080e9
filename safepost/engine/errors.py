"""Errors for bad input: each names the file, line, column or key that is wrong."""

from __future__ import annotations


class InputError(Exception):
    """Input the engine cannot use. The message says what is wrong and where.

    ``where`` is rendered as ``file:line:column`` (parts that are unknown are left out), or a
    dotted key such as ``rules.pupil-name.severity`` for a policy pack.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | str | None = None,
        key: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        super().__init__(str(self))

    @property
    def where(self) -> str:
        parts = [str(p) for p in (self.file, self.line) if p is not None]
        if self.column is not None:
            parts.append(f"column {self.column}" if isinstance(self.column, str) else str(self.column))
        if self.key is not None:
            parts.append(self.key)
        return ":".join(parts)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class InputErrors(InputError):
    """Several problems in one input, all reported at once (``safepost policy validate``).

    Behaves as its first error (``key``, ``line``...) for callers that show one; ``errors``
    holds them all, and ``str()`` gives one line per problem.
    """

    def __init__(self, errors: list[InputError]) -> None:
        if not errors:
            raise ValueError("InputErrors needs at least one error")
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.message, file=first.file, line=first.line, column=first.column, key=first.key)

    def __str__(self) -> str:
        return "\n".join(InputError.__str__(e) for e in self.errors)
