//! The interface text catalogue: every fixed string the user sees, in Vietnamese
//! and English. Components look text up here; they never hold text of their own.
//!
//! The `catalogue!` macro makes a missing translation a compile error: each entry
//! must give both languages.

mod lang;

pub use lang::Lang;

macro_rules! catalogue {
    ($( $(#[$doc:meta])* $key:ident => { vi: $vi:expr, en: $en:expr $(,)? } ),+ $(,)?) => {
        /// A key of the catalogue: one fixed piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $( $(#[$doc])* $key, )+
        }

        impl Text {
            /// Every key, in catalogue order.
            pub const ALL: &'static [Text] = &[ $( Text::$key, )+ ];

            /// The text of this key in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Text::$key, Lang::Vi) => $vi,
                        (Text::$key, Lang::En) => $en,
                    )+
                }
            }
        }
    };
}

catalogue! {
    /// The product's full name, the heading of the app shell.
    AppTitle => {
        vi: "Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện",
        en: "Self-assessment of a clean, strong and comprehensive Party cell",
    },
    /// The window / tab title (also `<title>` in `index.html`).
    DocumentTitle => {
        vi: "Tự đánh giá chi bộ TSVMTD",
        en: "TSVMTD Party cell self-assessment",
    },
    /// The language switch: the name of the other language, in that language.
    OtherLanguageName => {
        vi: "English",
        en: "Tiếng Việt",
    },
    /// Accessible description of the language switch.
    SwitchLanguageHint => {
        vi: "Chuyển giao diện sang tiếng Anh",
        en: "Switch the interface to Vietnamese",
    },
    /// One line under the title saying what the app is for.
    AppTagline => {
        vi: "Giúp bí thư chi bộ ấp, khu phố tự kiểm tra từng điều kiện công nhận chi bộ trong sạch, vững mạnh toàn diện trước khi thẩm định.",
        en: "Helps the secretary of a hamlet or neighbourhood Party cell check every condition for recognition before the official appraisal.",
    },
    /// Shown while the app loads (also written in `index.html`).
    Loading => {
        vi: "Đang tải ứng dụng…",
        en: "Loading the app…",
    },
    /// Shown when JavaScript is off (written in `index.html`, inside `<noscript>`).
    NoScript => {
        vi: "Ứng dụng cần JavaScript để chạy. Vui lòng bật JavaScript trong trình duyệt.",
        en: "The app needs JavaScript to run. Please turn JavaScript on in the browser.",
    },
    /// The privacy promise in the footer.
    PrivacyNote => {
        vi: "Dữ liệu chỉ lưu trên máy này, không gửi đi đâu.",
        en: "Your data stays on this device and is sent nowhere.",
    },
    /// Label before the version number in the footer.
    VersionLabel => {
        vi: "Phiên bản",
        en: "Version",
    },
    /// Heading of the screen shown after an unexpected error (also in `index.html`).
    FatalTitle => {
        vi: "Ứng dụng gặp lỗi không mong muốn",
        en: "The app ran into an unexpected error",
    },
    /// Body of the error screen (also in `index.html`).
    FatalBody => {
        vi: "Những gì đã lưu trên máy này vẫn được giữ nguyên. Vui lòng tải lại trang để tiếp tục.",
        en: "What was saved on this device is kept. Please reload the page to continue.",
    },
    /// The reload button of the error screen (also in `index.html`).
    FatalReload => {
        vi: "Tải lại trang",
        en: "Reload the page",
    },
    /// The collapsed technical details of the error screen (also in `index.html`).
    FatalDetails => {
        vi: "Chi tiết kỹ thuật",
        en: "Technical details",
    },
}

/// Shorthand for [`Text::get`].
pub fn t(lang: Lang, text: Text) -> &'static str {
    text.get(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_present_and_trimmed_in_both_languages() {
        for &text in Text::ALL {
            for &lang in Lang::ALL {
                let s = text.get(lang);
                assert!(!s.trim().is_empty(), "{text:?} is empty in {lang:?}");
                assert_eq!(s, s.trim(), "{text:?} has stray spaces in {lang:?}");
            }
        }
    }

    #[test]
    fn vietnamese_and_english_differ() {
        // A key left untranslated (English copied into Vietnamese or back) shows up
        // as the same string twice.
        for &text in Text::ALL {
            assert_ne!(text.get(Lang::Vi), text.get(Lang::En), "{text:?}");
        }
    }

    #[test]
    fn heading_is_the_products_vietnamese_name() {
        assert_eq!(
            t(Lang::Vi, Text::AppTitle),
            "Tự đánh giá chi bộ trong sạch, vững mạnh toàn diện"
        );
    }
}
