"""tsc._errors - The exceptions the package raises besides Python's built-in ones."""


class CompileError(Exception):
    """A program outside the language, or ill-typed: raised by tsc.script.

    str() is exactly what the ``tsc`` command prints for the same errors:
    ``file:line:col: error: message``, the source line and a caret underline
    (then any further errors and notes). The attributes describe the first
    error: ``filename``, ``lineno`` and ``col`` (1-based; None when the error
    has no location) and ``message`` (the bare message).
    """

    def __init__(self, text, filename=None, lineno=None, col=None, message=None):
        super().__init__(text)
        self.text = text
        self.filename = filename
        self.lineno = lineno
        self.col = col
        self.message = text if message is None else message

    def __str__(self):
        return self.text

    def __reduce__(self):
        return (type(self), (self.text, self.filename, self.lineno, self.col, self.message))


class LoadError(RuntimeError):
    """An archive that cannot be loaded (missing, not an archive, damaged)."""


class ScriptKeyError(KeyError):
    """A KeyError raised by script code. Unlike KeyError's, its str() is its
    message as given (the script traceback and the key's repr), not the repr
    of it."""

    def __str__(self):
        return str(self.args[0]) if self.args else ""


# Tracebacks show it as what it is to the user: a KeyError.
ScriptKeyError.__name__ = "KeyError"
ScriptKeyError.__qualname__ = "KeyError"
ScriptKeyError.__module__ = "builtins"
