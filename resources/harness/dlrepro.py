"""What a snippet run by dlrepro may call: dlrepro.report("accuracy", 0.34).

The harness reads the values back when the snippet ends; outside dlrepro this module is not
needed (a snippet can guard the import with try/except ImportError).
"""

_metrics = []


def report(name, value, unit=""):
    """Record a metric value. value is anything float() accepts (a 0-d tensor, a numpy scalar);
    unit is "%" when value is a percentage (34.0 with "%" means 0.34)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TypeError("dlrepro.report: %r is not a number" % (value,))
    _metrics.append({"name": str(name), "value": number, "unit": str(unit or "")})
    return number


_watched = []


def watch(model, name=None):
    """Record the training dynamics of this nn.Module when the run has --dynamics (otherwise it
    does nothing). Without any watch() call the harness finds the models itself."""
    _watched.append((str(name) if name else "model%d" % len(_watched), model))
    return model
