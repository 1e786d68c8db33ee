// Browser side of the check-in page: remembered choices, the always-focused scanner input,
// short answer sounds, and the camera reader (qr-scanner, restored from npm by the build).

export function recall(key) {
    return localStorage.getItem(key);
}

export function remember(key, value) {
    if (value === null || value === undefined || value === "") {
        localStorage.removeItem(key);
    } else {
        localStorage.setItem(key, String(value));
    }
}

// A USB scanner types the code and presses Enter into whatever has the focus: keep it on the
// scanner input, except while the person uses another control (search box, buttons, menus).
export function keepFocus(input) {
    const refocus = () => setTimeout(() => {
        const active = document.activeElement;
        if (!active || active === document.body) {
            input.focus();
        }
    }, 150);
    input.addEventListener("blur", refocus);
    input.focus();
}

export function focus(input) {
    input?.focus();
}

let audio;
const tones = {
    CheckedIn: [[880, 0.12], [1320, 0.15]],
    AlreadyCheckedIn: [[660, 0.12], [660, 0.12]],
    Invalid: [[220, 0.35]],
};

export function beep(outcome) {
    const notes = tones[outcome] ?? tones.Invalid;
    audio ??= new AudioContext();
    let at = audio.currentTime;
    for (const [frequency, length] of notes) {
        const oscillator = audio.createOscillator();
        const gain = audio.createGain();
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.2, at);
        gain.gain.exponentialRampToValueAtTime(0.001, at + length);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(at);
        oscillator.stop(at + length);
        at += length + 0.05;
    }
}

let scanner;

export async function startCamera(video, component) {
    const { default: QrScanner } = await import("/lib/qr-scanner/qr-scanner.min.js");
    if (!(await QrScanner.hasCamera())) {
        return false;
    }
    scanner = new QrScanner(video, result => component.invokeMethodAsync("OnCameraScan", result.data), {
        preferredCamera: "environment",
        maxScansPerSecond: 5,
        highlightScanRegion: true,
        returnDetailedScanResult: true,
    });
    await scanner.start();
    return true;
}

export function stopCamera() {
    scanner?.stop();
    scanner?.destroy();
    scanner = undefined;
}
