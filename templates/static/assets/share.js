// Placard share links, as progressive enhancement: the browser's own share sheet (Web Share API)
// where it has one, "Copy link", and the Mastodon page's form. No request to any other host: the
// visitor's browser goes to their Mastodon server only when they submit.
(function () {
  "use strict";

  function announce(element, text) {
    if (element) { element.textContent = text; }
  }

  // The share sheet of the system, where the browser offers it.
  var native = document.querySelector(".share-native");
  if (native && navigator.share) {
    var button = native.querySelector("button");
    native.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.shareTitle, url: button.dataset.shareUrl }).catch(function () {});
    });
  }

  // "Copy link": the address stays selectable in its field without the script.
  var copy = document.querySelector("[data-copy]");
  if (copy && navigator.clipboard) {
    var field = document.getElementById(copy.dataset.copy);
    var status = document.querySelector(".share-status");
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(field.value).then(function () {
        announce(status, "Link copied.");
      }, function () {
        field.select();
        announce(status, "Press Ctrl+C or ⌘C to copy the selected link.");
      });
    });
  }

  // The Mastodon page: the text comes in `?text=`; the server is asked for, then visited.
  var form = document.getElementById("mastodon-share");
  if (!form) { return; }
  var server = document.getElementById("mastodon-server");
  var text = document.getElementById("mastodon-text");
  var formStatus = document.getElementById("mastodon-status");
  var given = new URLSearchParams(window.location.search).get("text");
  if (given && !text.value) { text.value = given; }

  // `mastodon.social`, `https://mastodon.social/`, `@me@mastodon.social` → `mastodon.social`.
  function host(written) {
    var value = written.trim().replace(/^https?:\/\//i, "");
    value = value.split("/")[0];
    if (value.indexOf("@") !== -1) { value = value.slice(value.lastIndexOf("@") + 1); }
    return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:[0-9]{1,5})?$/i.test(value) ? value.toLowerCase() : null;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var name = host(server.value);
    if (!name) {
      server.setAttribute("aria-invalid", "true");
      announce(formStatus, "That does not look like a server's address, such as mastodon.social.");
      server.focus();
      return;
    }
    server.removeAttribute("aria-invalid");
    window.location.href = "https://" + name + "/share?text=" + encodeURIComponent(text.value);
  });
})();
