//! The result page's words (`ket-qua.html`: "Gửi và in kết quả"): a catalogue
//! of their own, written like [`super::Text`]'s, so that only the result
//! page's wasm carries them and the app's first load does not. Words the app
//! also says stay in `Text`.

use super::Lang;

catalogue! {
    /// A key of this page's catalogue.
    enum ResultText;
    Heading => {
        vi: "Gửi và in kết quả",
        en: "Send and print the result",
    },
    BackToAssessment => {
        vi: "Quay lại bản đánh giá",
        en: "Back to the assessment",
    },
    /// No current draft, or one that does not open: the app says why.
    NoDraft => {
        vi: "Không mở được bản đánh giá đang mở trên máy này. Hãy mở lại bản đánh giá rồi chọn “Gửi kết quả, in phiếu” ở bước Kết quả.",
        en: "The open assessment could not be opened on this phone. Open the assessment again, then choose “Send the result, print the form” on the Result step.",
    },
    OpenApp => {
        vi: "Mở bản đánh giá",
        en: "Open the assessment",
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_present_trimmed_translated_and_exactly_its_own() {
        for &text in ResultText::ALL {
            for &lang in Lang::ALL {
                let s = text.get(lang);
                assert!(!s.trim().is_empty(), "{text:?} is empty in {lang:?}");
                assert_eq!(s, s.trim(), "{text:?} has stray spaces in {lang:?}");
            }
            assert_ne!(text.get(Lang::Vi), text.get(Lang::En), "{text:?}");
            assert_eq!([text.get(Lang::Vi), text.get(Lang::En)], text.source());
        }
    }
}
