// Buttons marked data-print open the browser's print dialog. A file rather than an inline onclick,
// which the Content-Security-Policy refuses (docs/decisions/0013-content-security-policy.md).
document.addEventListener("click", event => {
    if (event.target instanceof Element && event.target.closest("[data-print]")) {
        window.print();
    }
});
