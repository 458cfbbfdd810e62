// Small enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // Charts: download the drawn SVG as .svg, or rendered onto a canvas as .png.
  document.querySelectorAll("[data-download]").forEach((button) => {
    button.addEventListener("click", () => {
      const svg = button.closest("figure").querySelector("svg");
      const source = new XMLSerializer().serializeToString(svg);
      const name = (svg.getAttribute("aria-label") || "bieu-do").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
      const save = (url, extension) => {
        const link = document.createElement("a");
        link.href = url;
        link.download = `${name}.${extension}`;
        document.body.appendChild(link);
        link.click();
        link.remove();
      };
      const svgUrl = URL.createObjectURL(new Blob([source], { type: "image/svg+xml" }));
      if (button.dataset.download === "svg") {
        save(svgUrl, "svg");
        return;
      }
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement("canvas");
        canvas.width = svg.width.baseVal.value * 2;
        canvas.height = svg.height.baseVal.value * 2;
        const context = canvas.getContext("2d");
        context.scale(2, 2);
        context.drawImage(image, 0, 0);
        save(canvas.toDataURL("image/png"), "png");
      };
      image.src = svgUrl;
    });
  });
  // A report form holding what someone typed asks before the page is left unsaved: choosing another period, a link
  // or closing the tab would drop every line typed.
  document.querySelectorAll("form[data-unsaved-warning]").forEach((form) => {
    let typed = false;
    form.addEventListener("input", () => { typed = true; });
    form.addEventListener("submit", () => { typed = false; });
    window.addEventListener("beforeunload", (event) => {
      if (typed) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });
  // A step that cannot be taken back from the same page (removing a reporting period, discarding a draft) asks first.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  // A button whose step carries more than the lines typed (sending the period's saved drafts too) says so first.
  document.querySelectorAll("button[data-confirm]").forEach((button) => {
    button.addEventListener("click", (event) => {
      if (!window.confirm(button.dataset.confirm)) event.preventDefault();
    });
  });
  // Choosing a reporting period reloads the form for that period.
  document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  document.querySelectorAll("[data-back]").forEach((link) => {
    link.addEventListener("click", (event) => { event.preventDefault(); history.back(); });
  });
  // A secret shown once is selected whole on a click, ready to copy.
  document.querySelectorAll(".one-time input.secret").forEach((field) => {
    field.addEventListener("focus", () => field.select());
  });
  // Bring the highlighted task in the source text into view.
  const mark = document.getElementById("chon");
  if (mark) mark.scrollIntoView({ block: "center" });
});
