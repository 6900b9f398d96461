//! QR codes of share links, drawn as SVG by the `qrcode` crate, so that the
//! committee can scan the result across the table.
//!
//! Error correction level M (15% of the code may be lost), the usual choice
//! for a code read from a screen by a cheap camera; the quiet zone (four light
//! modules around) is kept, since scanners need it.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode, Version};

/// A QR code as SVG markup, with its size for the bench and the caption.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// `<svg …>…</svg>`, one path for the dark modules; it scales to its box.
    pub svg: String,
    /// The QR version (1–40): 21 modules a side for 1, four more each version.
    pub version: i16,
    /// Modules a side, without the quiet zone.
    pub modules: usize,
}

/// The QR code of `text`; `None` when it is too long for any QR code.
pub fn svg(text: &str) -> Option<QrSvg> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let version = match code.version() {
        Version::Normal(v) | Version::Micro(v) => v,
    };
    let markup = code
        .render::<svg::Color>()
        .quiet_zone(true)
        .module_dimensions(1, 1)
        .build();
    // The crate writes an XML declaration first; inside HTML it is not wanted.
    let start = markup.find("<svg").unwrap_or(0);
    Some(QrSvg {
        svg: markup[start..].to_owned(),
        version,
        modules: code.width(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_one_svg_whose_size_follows_its_version() {
        let link = format!("https://example.org/tsvmtd/#r={}", "A".repeat(150));
        let qr = svg(&link).unwrap();
        assert!(qr.svg.starts_with("<svg") && qr.svg.ends_with("</svg>"));
        assert_eq!(qr.svg.matches("<path").count(), 1);
        assert_eq!(qr.modules, 17 + 4 * qr.version as usize);
        // With the quiet zone of 4 modules a side.
        let side = qr.modules + 8;
        assert!(qr.svg.contains(&format!("viewBox=\"0 0 {side} {side}\"")));
        assert!((8..=12).contains(&qr.version), "version {}", qr.version);
    }

    #[test]
    fn a_longer_text_needs_a_larger_code_and_too_long_a_text_none() {
        let short = svg("https://example.org/#r=AAAA").unwrap();
        let long = svg(&"A".repeat(1000)).unwrap();
        assert!(short.version < long.version);
        assert_eq!(svg(&"A".repeat(5000)), None);
    }
}
