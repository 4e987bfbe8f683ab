#!/usr/bin/env bash
# Debian packages hinews needs beyond Java, installed when missing (as root, with apt-get):
#   fonts-arphic-uming  Song/Ming serif CJK font with TrueType outlines: the PDF's body text
#   fonts-wqy-zenhei    Hei sans CJK font with TrueType outlines: the PDF's headings
#   fonts-liberation    Times-compatible Latin serif: links in the PDF
#   poppler-utils       pdftotext / pdftoppm, used by the tests to read PDFs back
#   chromium            headless browser for sources behind a JavaScript challenge (fetcher: browser)
#                       and for the browser tests
#   chromium-driver     ChromeDriver, for the Selenium browser tests
# Called by .ci/run, by the ./hinews launcher and by the Maven build before the tests run.
# Without root or apt-get it only says what is missing (exit 0: the caller decides).
set -u
packages=(fonts-arphic-uming fonts-wqy-zenhei fonts-liberation poppler-utils chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "hinews: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${missing[@]}"; } >/dev/null 2>&1 \
    || echo "hinews: could not install ${missing[*]}" >&2
else
  echo "hinews: missing Debian packages ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
fi
exit 0
