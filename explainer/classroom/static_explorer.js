/* Explorers of the static site: swap precomputed frames as a control moves (no kernel). */
(function () {
  "use strict";
  function setup(root) {
    var data = JSON.parse(root.querySelector("script.explainer-frames-data").textContent);
    var controls = data.controls;
    var inputs = controls.map(function (c, i) {
      return root.querySelector('[data-control-index="' + i + '"]');
    });
    var outputs = controls.map(function (c, i) {
      return root.querySelector('[data-value-index="' + i + '"]');
    });
    var img = root.querySelector("img.explainer-frame");
    var finding = root.querySelector(".explainer-finding");
    var note = root.querySelector(".explainer-reset-note");
    var state = controls.map(function (c) { return c["default"]; });

    function partners(i) {
      for (var g = 0; g < data.joint.length; g++) {
        if (data.joint[g].indexOf(i) >= 0) { return data.joint[g]; }
      }
      return [i];
    }
    function showValue(i) {
      var text = controls[i].labels[state[i]];
      if (outputs[i]) { outputs[i].textContent = text; }
      if (controls[i].kind === "range") {
        inputs[i].value = String(state[i]);
        inputs[i].setAttribute("aria-valuetext", text);
      } else {
        inputs[i].selectedIndex = state[i];
      }
    }
    function moved(i) {
      var value = controls[i].kind === "range" ? parseInt(inputs[i].value, 10)
                                               : inputs[i].selectedIndex;
      if (value === state[i]) { return; }  /* "change" after "input": already shown */
      state[i] = value;
      var keep = partners(i);
      var reset = [];
      for (var k = 0; k < controls.length; k++) {
        var field = inputs[k].closest(".explainer-control");
        field.classList.remove("explainer-was-reset");
        if (keep.indexOf(k) < 0 && state[k] !== controls[k]["default"]) {
          state[k] = controls[k]["default"];
          reset.push(controls[k].label);
          void field.offsetWidth;
          field.classList.add("explainer-was-reset");
        }
        showValue(k);
      }
      note.textContent = reset.length ? data.strings.reset + " " + reset.join("; ") + "." : "";
      var frame = data.frames[state.join(",")];
      if (!frame) {
        finding.textContent = data.strings.missing;
        return;
      }
      img.src = frame[0] === data.defaultFile ? data.defaultSrc : data.dir + frame[0];
      img.alt = frame[1];
      finding.textContent = frame[1];
    }
    data.defaultSrc = img.getAttribute("src");
    data.defaultFile = data.frames[data["default"]][0];
    inputs.forEach(function (input, i) {
      input.disabled = false;
      input.addEventListener("input", function () { moved(i); });
      input.addEventListener("change", function () { moved(i); });
      showValue(i);
    });
    root.classList.add("explainer-ready");
  }
  function start() {
    var roots = document.querySelectorAll(".explainer-static-explorer");
    for (var i = 0; i < roots.length; i++) { setup(roots[i]); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
