// The upload page: while the file is sent and extracted, show that the work is going on.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[data-busy]").forEach((form) => {
    form.addEventListener("submit", () => {
      document.getElementById(form.dataset.busy).hidden = false;
      form.querySelectorAll("button").forEach((button) => { button.disabled = true; });
    });
  });
});
