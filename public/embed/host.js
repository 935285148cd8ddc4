// Readout embeds: sizes each Readout iframe to its chart. Protocol: docs/embedding.md
(function () {
  if (window.readoutEmbedHost) return; // pasted once per chart, listens once
  window.readoutEmbedHost = true;
  addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'readout:embed-height' || data.v !== 1) return;
    if (typeof data.id !== 'string' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      // The sender itself (a sandboxed frame's origin is "null"), showing the embed it names.
      var frame = frames[i];
      if (frame.contentWindow === event.source && frame.src.indexOf('/embed/' + encodeURI(data.id) + '/') > -1) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), 100), 5000) + 'px';
        return;
      }
    }
  });
})();
