//! The interface text catalogue: every fixed string the user sees, in Vietnamese
//! and English. Components look text up here; they never hold text of their own.
//!
//! The `catalogue!` macro makes a missing translation a compile error: each entry
//! must give both languages.

mod lang;
mod messages;

pub use lang::Lang;
pub use messages::*;

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
    /// The banner (a button) shown when a newer release is installed and waiting.
    UpdateReady => {
        vi: "Đã có phiên bản mới — tải lại",
        en: "A new version is ready — reload",
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

    // --- Profile step --------------------------------------------------------
    /// Heading of the profile step.
    ProfileHeading => {
        vi: "Thông tin chi bộ",
        en: "About the cell",
    },
    /// Help under the profile step's heading.
    ProfileIntro => {
        vi: "Các thông tin này được in trên phiếu tự đánh giá và gửi kèm khi chia sẻ kết quả. Có thể bổ sung sau.",
        en: "These details are printed on the self-assessment form and travel with a shared result. They can be completed later.",
    },
    ProfileCellName => {
        vi: "Tên chi bộ",
        en: "Name of the Party cell",
    },
    ProfileCellNameHint => {
        vi: "Ví dụ: Chi bộ ấp Hòa Thạnh A",
        en: "For example: Chi bộ ấp Hòa Thạnh A",
    },
    ProfileHamlet => {
        vi: "Ấp, khu phố",
        en: "Hamlet or neighbourhood",
    },
    ProfileCommune => {
        vi: "Xã, phường",
        en: "Commune or ward",
    },
    ProfileProvince => {
        vi: "Tỉnh, thành phố",
        en: "Province or city",
    },
    ProfileYear => {
        vi: "Năm đánh giá",
        en: "Year of the assessment",
    },
    ProfileAssessor => {
        vi: "Người đánh giá",
        en: "Assessed by",
    },
    ProfileAssessorHint => {
        vi: "Họ tên và chức vụ, ví dụ: Nguyễn Văn A, bí thư chi bộ",
        en: "Name and role, for example: Nguyễn Văn A, cell secretary",
    },
    ProfileCommuneRecognised => {
        vi: "Xã, phường đã được công nhận đạt chuẩn nông thôn mới hoặc đô thị văn minh chưa?",
        en: "Is the commune or ward recognised as a new rural area or a civilised urban area?",
    },
    ProfileCommuneRecognisedHint => {
        vi: "Nếu đã được công nhận, mục tiêu là 100% chi bộ ấp, khu phố đạt chuẩn.",
        en: "If it is, the target is 100% of its hamlet and neighbourhood cells.",
    },
    ProfileRecognisedYes => {
        vi: "Đã được công nhận",
        en: "Yes, recognised",
    },
    ProfileRecognisedNo => {
        vi: "Chưa được công nhận",
        en: "Not yet",
    },
    // --- Navigation ----------------------------------------------------------
    NavBack => {
        vi: "Quay lại",
        en: "Back",
    },
    NavNext => {
        vi: "Tiếp theo",
        en: "Next",
    },
    NavToResult => {
        vi: "Xem kết quả",
        en: "See the result",
    },
    /// The disclosure that lists every step, to jump to one.
    StepListLabel => {
        vi: "Danh sách các bước",
        en: "All steps",
    },
    /// Accessible name of the navigation region with Back / Next.
    StepNavLabel => {
        vi: "Chuyển bước",
        en: "Step navigation",
    },
    /// Heading of the result step (and its entry in the step list).
    ResultHeading => {
        vi: "Kết quả tự đánh giá",
        en: "Result of the self-assessment",
    },
    /// Inline error of a number field that holds something other than digits.
    DigitsOnly => {
        vi: "Chỉ nhập chữ số, ví dụ 2026.",
        en: "Digits only, for example 2026.",
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
