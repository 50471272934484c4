/*
 * The check-in page (/admin/kurser/{id}/incheckning/{session}), progressive enhancement only: without this file
 * the name search is a plain GET form and the code field takes what a hand-held scanner types.
 *
 * 1. The list of people is filtered while the organiser types a name (<input data-filters="{list id}">).
 * 2. Where the browser has a camera and can read QR codes (the BarcodeDetector API, else the vendored jsQR),
 *    "Skanna med kameran" shows the camera; a code found is put in the code field and the form is sent. After the
 *    page comes back the camera starts again by itself, so the next person can be scanned at once.
 */
(function () {
    'use strict';

    var SCAN_INTERVAL_MS = 200;
    var KEEP_CAMERA = 'kunskapsnav.checkin.camera';

    function filterWhileTyping(input) {
        var list = document.getElementById(input.getAttribute('data-filters'));
        if (!list) {
            return;
        }
        input.addEventListener('input', function () {
            var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
            Array.prototype.forEach.call(list.children, function (item) {
                var name = (item.getAttribute('data-name') || '').toLowerCase();
                item.hidden = !words.every(function (word) {
                    return name.indexOf(word) >= 0;
                });
            });
        });
    }

    function qrReader() {
        if ('BarcodeDetector' in window) {
            try {
                var detector = new window.BarcodeDetector({formats: ['qr_code']});
                return function (video) {
                    return detector.detect(video).then(function (codes) {
                        return codes.length > 0 ? codes[0].rawValue : null;
                    });
                };
            } catch (unsupported) {
                // no QR support in this browser's detector: try jsQR below
            }
        }
        // jsQR's bundle exposes its ES module: the function is its default export
        var decode = window.jsQR && (typeof window.jsQR === 'function' ? window.jsQR : window.jsQR.default);
        if (typeof decode !== 'function') {
            return null;
        }
        var canvas = document.createElement('canvas');
        var context = canvas.getContext('2d', {willReadFrequently: true});
        return function (video) {
            canvas.width = video.videoWidth;
            canvas.height = video.videoHeight;
            context.drawImage(video, 0, 0, canvas.width, canvas.height);
            var image = context.getImageData(0, 0, canvas.width, canvas.height);
            var found = decode(image.data, image.width, image.height, {inversionAttempts: 'dontInvert'});
            return Promise.resolve(found ? found.data : null);
        };
    }

    function cameraScanning(camera) {
        var field = document.getElementById('skanna:kod');
        var submit = document.getElementById('skanna:checkaIn');
        var start = document.getElementById('startaKamera');
        var video = document.getElementById('kamerabild');
        var status = document.getElementById('kamerastatus');
        var read = qrReader();
        if (!field || !submit || !read || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            return;
        }
        camera.hidden = false;
        var stream = null;

        function stop() {
            if (stream) {
                stream.getTracks().forEach(function (track) {
                    track.stop();
                });
            }
        }

        function scan() {
            if (video.readyState < 2) {
                window.setTimeout(scan, SCAN_INTERVAL_MS);
                return;
            }
            read(video).then(function (text) {
                if (text) {
                    stop();
                    field.value = text;
                    submit.click();
                } else {
                    window.setTimeout(scan, SCAN_INTERVAL_MS);
                }
            }, function () {
                window.setTimeout(scan, SCAN_INTERVAL_MS);
            });
        }

        function startCamera() {
            status.textContent = camera.getAttribute('data-starting');
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false})
                .then(function (media) {
                    stream = media;
                    video.srcObject = media;
                    video.hidden = false;
                    start.hidden = true;
                    window.sessionStorage.setItem(KEEP_CAMERA, '1');
                    return video.play();
                })
                .then(scan)
                .catch(function () {
                    window.sessionStorage.removeItem(KEEP_CAMERA);
                    status.textContent = camera.getAttribute('data-failed');
                });
        }

        start.addEventListener('click', startCamera);
        window.addEventListener('pagehide', stop);
        if (window.sessionStorage.getItem(KEEP_CAMERA) === '1') {
            startCamera();
        }
    }

    var search = document.querySelector('input[data-filters]');
    if (search) {
        filterWhileTyping(search);
    }
    var camera = document.getElementById('kamera');
    if (camera) {
        cameraScanning(camera);
    }
}());
