"""Small factories for labelled controls with consistent styling."""

from __future__ import annotations

import ipywidgets as widgets

#: Every control is this wide, with room for a label of about 45 characters, so the slider
#: track keeps the same usable length whatever the label ("initial" label widths squeeze it).
_LAYOUT = {"width": "520px", "max_width": "100%"}
_STYLE = {"description_width": "290px"}


def _request(control, value):
    """Give ``control`` the ``value`` asked for, and remember it as ``requested_value``.

    ipywidgets clamps an out-of-range number into a slider's range and refuses an unknown
    option; the :class:`~explainer.widgets.base.Explorer` checks ``requested_value`` and
    raises a ``ValueError`` naming the control instead.
    """
    control.requested_value = value
    try:
        control.value = value
    except Exception:  # noqa: BLE001 - reported by name when the explorer is built
        pass
    return control


def slider(label, value, low, high, step, *, readout_format=None, integer=False):
    """A labelled slider whose label is always fully visible.

    ``continuous_update`` stays on: every explorer redraws well within 100 ms.
    """
    cls = widgets.IntSlider if integer else widgets.FloatSlider
    kwargs = dict(value=low, min=low, max=high, step=step, description=label,
                  continuous_update=True, layout=widgets.Layout(**_LAYOUT),
                  style=dict(_STYLE))
    if readout_format and not integer:
        kwargs["readout_format"] = readout_format
    return _request(cls(**kwargs), value)


def dropdown(label, options, value):
    """A labelled drop-down list; ``options`` is a list of (label, value) pairs or values."""
    return _request(widgets.Dropdown(options=options, description=label,
                                     layout=widgets.Layout(**_LAYOUT),
                                     style=dict(_STYLE)), value)


def toggle(label, options, value):
    """A labelled row of toggle buttons for a small number of choices."""
    return _request(widgets.ToggleButtons(options=options, description=label,
                                          style={"description_width": "initial",
                                                 "button_width": "auto"}), value)
