//! The sentences that explain a verdict, in both languages, with their numbers
//! written the language's way ("1.234", "3,01%"). Scoring writes both languages
//! at once so that a stored or shared result reads the same in either, without
//! the criteria set at hand.
//!
//! Sentences that depend on a criterion's own words (a count group's "met" and
//! "unmet") are templates in the data file, filled by [`fill`].

use crate::domain::criteria::Bilingual;
use crate::domain::i18n::Lang;
use crate::domain::i18n::numfmt;

/// Builds a [`Bilingual`] by writing the same sentence in each language.
pub(crate) fn bi(write: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual {
        vi: write(Lang::Vi).into(),
        en: write(Lang::En).into(),
    }
}

/// Fills `{name}` placeholders of a template with numbers written in `lang`.
/// An unknown placeholder is left as it is (validation forbids it in data).
pub(crate) fn fill(template: &str, lang: Lang, values: &[(&str, i64)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &numfmt::int(lang, *value));
    }
    out
}

pub(crate) fn not_answered() -> Bilingual {
    Bilingual::new("Chưa trả lời.", "Not answered yet.")
}

pub(crate) fn wrong_shape() -> Bilingual {
    Bilingual::new(
        "Câu trả lời đã lưu không khớp với dạng câu hỏi của tiêu chí này (có thể bộ tiêu chí đã có phiên bản mới); cần trả lời lại.",
        "The saved answer does not fit this criterion's question (the criteria set may have a new version); please answer again.",
    )
}

pub(crate) fn missing(label: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Chưa nhập: {}.", label.get(l)),
        Lang::En => format!("Missing: {}.", label.get(l)),
    })
}

pub(crate) fn negative(label: &Bilingual, n: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "“{}” không thể là số âm ({}).",
            label.get(l),
            numfmt::int(l, n)
        ),
        Lang::En => format!(
            "“{}” cannot be negative ({}).",
            label.get(l),
            numfmt::int(l, n)
        ),
    })
}

pub(crate) fn too_large(label: &Bilingual, n: i64, max: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "“{}” quá lớn: {} (tối đa {}).",
            label.get(l),
            numfmt::int(l, n),
            numfmt::int(l, max)
        ),
        Lang::En => format!(
            "“{}” is too large: {} (at most {}).",
            label.get(l),
            numfmt::int(l, n),
            numfmt::int(l, max)
        ),
    })
}

pub(crate) fn below_minimum(label: &Bilingual, n: i64, min: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "“{}” phải từ {} trở lên, không thể là {}.",
            label.get(l),
            numfmt::int(l, min),
            numfmt::int(l, n)
        ),
        Lang::En => format!(
            "“{}” must be at least {}, not {}.",
            label.get(l),
            numfmt::int(l, min),
            numfmt::int(l, n)
        ),
    })
}

/// `part` (a number that belongs to `whole`) is larger than it.
pub(crate) fn more_than(
    part_label: &Bilingual,
    part: i64,
    whole_label: &Bilingual,
    whole: i64,
) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "“{}” ({}) lớn hơn “{}” ({}).",
            part_label.get(l),
            numfmt::int(l, part),
            whole_label.get(l),
            numfmt::int(l, whole)
        ),
        Lang::En => format!(
            "“{}” ({}) is more than “{}” ({}).",
            part_label.get(l),
            numfmt::int(l, part),
            whole_label.get(l),
            numfmt::int(l, whole)
        ),
    })
}

pub(crate) fn yes_no(value: bool) -> Bilingual {
    if value {
        Bilingual::new("Trả lời: có.", "Answer: yes.")
    } else {
        Bilingual::new("Trả lời: không.", "Answer: no.")
    }
}

pub(crate) fn items_met(count: i64, min: i64, unit: &Bilingual, names: &[&str]) -> Bilingual {
    let list = names.join("; ");
    bi(|l| match l {
        Lang::Vi => format!(
            "Có {} {} (cần ít nhất {}): {list}.",
            numfmt::int(l, count),
            unit.get(l),
            numfmt::int(l, min)
        ),
        Lang::En => format!(
            "{} {} (at least {} needed): {list}.",
            numfmt::int(l, count),
            unit.get(l),
            numfmt::int(l, min)
        ),
    })
}

pub(crate) fn items_unmet(count: i64, min: i64, unit: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "Cần ít nhất {} {}; mới có {}/{}.",
            numfmt::int(l, min),
            unit.get(l),
            numfmt::int(l, count),
            numfmt::int(l, min)
        ),
        Lang::En => format!(
            "At least {} {} needed; {} of {} so far.",
            numfmt::int(l, min),
            unit.get(l),
            numfmt::int(l, count),
            numfmt::int(l, min)
        ),
    })
}

pub(crate) fn parts_met(n: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Đạt cả {0}/{0} ý.", numfmt::int(l, n)),
        Lang::En => format!("All {0}/{0} parts hold.", numfmt::int(l, n)),
    })
}

pub(crate) fn part_met(label: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Đạt: {}.", label.get(l)),
        Lang::En => format!("Holds: {}.", label.get(l)),
    })
}

pub(crate) fn part_unmet(label: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Chưa đạt: {}.", label.get(l)),
        Lang::En => format!("Not yet: {}.", label.get(l)),
    })
}

pub(crate) fn part_missing(label: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("Chưa trả lời: {}.", label.get(l)),
        Lang::En => format!("Not answered: {}.", label.get(l)),
    })
}

/// `passed` of the `assessed` organisations pass both checks (the source's
/// words: "được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên").
pub(crate) fn orgs_passed(passed: i64, assessed: i64) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "{}/{} tổ chức đã được củng cố, kiện toàn kịp thời và duy trì họp thường xuyên.",
            numfmt::int(l, passed),
            numfmt::int(l, assessed)
        ),
        Lang::En => format!(
            "{} of {} organisations are consolidated and fully staffed in good time and meet regularly.",
            numfmt::int(l, passed),
            numfmt::int(l, assessed)
        ),
    })
}

pub(crate) fn org_not_staffed(name: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("{}: chưa được củng cố, kiện toàn kịp thời.", name.get(l)),
        Lang::En => format!(
            "{}: not consolidated and fully staffed in good time.",
            name.get(l)
        ),
    })
}

pub(crate) fn org_not_meeting(name: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("{}: chưa duy trì họp thường xuyên.", name.get(l)),
        Lang::En => format!("{}: does not meet regularly.", name.get(l)),
    })
}

pub(crate) fn org_missing(name: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!("{}: chưa trả lời đủ hai ý.", name.get(l)),
        Lang::En => format!("{}: both checks not answered yet.", name.get(l)),
    })
}

pub(crate) fn org_required(name: &Bilingual) -> Bilingual {
    bi(|l| match l {
        Lang::Vi => format!(
            "{} là tổ chức phải có, không thể đánh dấu “không có”.",
            name.get(l)
        ),
        Lang::En => format!("{} must exist; it cannot be marked “none”.", name.get(l)),
    })
}

pub(crate) fn orgs_none() -> Bilingual {
    Bilingual::new(
        "Không có tổ chức nào được đánh giá.",
        "No organisation was assessed.",
    )
}
