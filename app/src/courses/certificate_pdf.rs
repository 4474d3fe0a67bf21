//! A certificate as a PDF to print: one A4 page in the reader's language with the same facts as
//! the public page (who, which course, hours, date, result, issuer, code), plainly marked when
//! revoked, and the QR code and address of the public page, where anyone checks it is genuine.
//! krilla embeds only the glyphs used, so a page stays small whatever script a name is in.

use super::credential::did_of;
use super::pages::certificate::hours_in;
use super::repo::Certificate;
use crate::i18n::Tr;
use krilla::action::LinkAction;
use krilla::annotation::{Annotation, LinkAnnotation, Target};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use krilla::Document;
use std::sync::LazyLock;

const WIDTH: f32 = 595.0; // A4 in points
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 64.0;
const TEXT_WIDTH: f32 = WIDTH - 2.0 * MARGIN;

/// A font with what wrapping needs: krilla's handle to draw, ttf-parser's face (parsed once) to
/// measure.
struct Typeface {
    font: Font,
    face: ttf_parser::Face<'static>,
}

static REGULAR: LazyLock<Option<Typeface>> = LazyLock::new(|| typeface(dejavu::sans::regular()));
static BOLD: LazyLock<Option<Typeface>> = LazyLock::new(|| typeface(dejavu::sans::bold()));

fn typeface(data: &'static [u8]) -> Option<Typeface> {
    Some(Typeface { font: Font::new(data.to_vec().into(), 0)?, face: ttf_parser::Face::parse(data, 0).ok()? })
}

impl Typeface {
    /// The width of `text` at `size` points: each character's advance (no kerning, which only
    /// makes lines a little shorter than measured, never longer).
    fn width(&self, text: &str, size: f32) -> f32 {
        let face = &self.face;
        let per_unit = size / f32::from(face.units_per_em());
        text.chars()
            .map(|c| face.glyph_index(c).and_then(|g| face.glyph_hor_advance(g)).map_or(size * 0.6, |a| f32::from(a) * per_unit))
            .sum()
    }

    /// `text` cut into lines no wider than `width`: at spaces, and inside a word only when the
    /// word alone is wider (a long e-mail-like name, a title without spaces).
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if self.width(&candidate, size) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            for c in word.chars() {
                let longer = format!("{line}{c}");
                if !line.is_empty() && self.width(&longer, size) > width {
                    lines.push(std::mem::replace(&mut line, c.to_string()));
                } else {
                    line = longer;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// The page as it is drawn, top to bottom: `y` is where the next line's top goes.
struct Layout<'a, 'b> {
    surface: Surface<'a>,
    fonts: &'b (&'static Typeface, &'static Typeface),
    y: f32,
}

impl Layout<'_, '_> {
    fn colour(&mut self, (r, g, b): (u8, u8, u8)) {
        self.surface.set_fill(Some(Fill { paint: rgb::Color::new(r, g, b).into(), opacity: NormalizedF32::ONE, rule: Default::default() }));
    }

    /// A paragraph, centred line by line, and the space after it.
    fn centred(&mut self, text: &str, size: f32, bold: bool, after: f32) {
        let face = if bold { self.fonts.1 } else { self.fonts.0 };
        for line in face.wrap(text, size, TEXT_WIDTH) {
            self.y += size * 1.25;
            let x = (WIDTH - face.width(&line, size)) / 2.0;
            self.surface.draw_text(Point::from_xy(x, self.y), face.font.clone(), size, &line, false, TextDirection::Auto);
        }
        self.y += after;
    }

    /// Facts as rows of label and value: the labels' column is as wide as the widest label (up to
    /// a third of the text width, beyond which a label wraps), and each wraps under itself.
    fn facts(&mut self, rows: &[(String, String)]) {
        const SIZE: f32 = 11.0;
        const LINE: f32 = SIZE * 1.35;
        let (regular, bold) = *self.fonts;
        let left = MARGIN + 30.0;
        let width = TEXT_WIDTH - 60.0;
        let widest = rows.iter().map(|(label, _)| bold.width(label, SIZE)).fold(0.0, f32::max);
        let label_width = widest.min(width / 3.0);
        for (label, value) in rows {
            let labels = bold.wrap(label, SIZE, label_width);
            let values = regular.wrap(value, SIZE, width - label_width - 14.0);
            let top = self.y;
            for (i, line) in labels.iter().enumerate() {
                let at = Point::from_xy(left, top + LINE * (i + 1) as f32);
                self.surface.draw_text(at, bold.font.clone(), SIZE, line, false, TextDirection::Auto);
            }
            for (i, line) in values.iter().enumerate() {
                let at = Point::from_xy(left + label_width + 14.0, top + LINE * (i + 1) as f32);
                self.surface.draw_text(at, regular.font.clone(), SIZE, line, false, TextDirection::Auto);
            }
            self.y = top + LINE * labels.len().max(values.len()).max(1) as f32 + 3.0;
        }
    }

    /// A thin line across the text width.
    fn rule(&mut self, after: f32) {
        let mut pb = PathBuilder::new();
        if let Some(line) = Rect::from_xywh(MARGIN, self.y, TEXT_WIDTH, 0.8) {
            pb.push_rect(line);
        }
        if let Some(path) = pb.finish() {
            self.surface.draw_path(&path);
        }
        self.y += after;
    }
}

/// The QR code of `url`, `size` points wide, its top left corner at (`x`, `y`).
fn draw_qr(surface: &mut Surface, url: &str, x: f32, y: f32, size: f32) {
    let Ok(code) = qrcode::QrCode::new(url.as_bytes()) else { return };
    let n = code.width();
    let cell = size / n as f32;
    let mut pb = PathBuilder::new();
    for (i, colour) in code.to_colors().iter().enumerate() {
        if *colour == qrcode::Color::Dark {
            if let Some(r) = Rect::from_xywh(x + (i % n) as f32 * cell, y + (i / n) as f32 * cell, cell, cell) {
                pb.push_rect(r);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.draw_path(&path);
    }
}

/// The certificate's PDF, in the reader's language; `None` only if the embedded font were
/// unreadable or krilla refused the page (neither depends on the certificate).
pub fn render(tr: Tr, c: &Certificate, base_url: &str) -> Option<Vec<u8>> {
    let fonts = (REGULAR.as_ref()?, BOLD.as_ref()?);
    let page_url = format!("{}/certificates/{}", base_url.trim_end_matches('/'), c.code);
    let mut document = Document::new();
    let metadata = Metadata::new()
        .title(format!("{} – {} – {}", tr.t("certificate-title"), c.learner_name, c.course_title))
        .creator("PPI Hub".to_string())
        .language(tr.locale().code().to_string());
    document.set_metadata(metadata);
    let mut page = document.start_page_with(PageSettings::from_wh(WIDTH, HEIGHT)?);
    let qr_size = 110.0;
    let qr_top = HEIGHT - MARGIN - qr_size - 40.0;
    {
        let mut l = Layout { surface: page.surface(), fonts: &fonts, y: MARGIN };
        l.colour((0x0b, 0x4f, 0x6c));
        l.centred("PPI Hub", 16.0, true, 10.0);
        l.rule(36.0);
        l.colour((0x1a, 0x1a, 0x1a));
        l.centred(&tr.t("certificate-title"), 30.0, true, 28.0);
        l.centred(&tr.t("certificate-certifies"), 13.0, false, 10.0);
        l.centred(&c.learner_name, 24.0, true, 12.0);
        l.centred(&tr.t("certificate-completed"), 13.0, false, 10.0);
        l.centred(&c.course_title, 18.0, true, 30.0);
        l.facts(&[
            (tr.t("certificate-hours"), hours_in(tr, c.minutes)),
            (tr.t("certificate-date"), tr.date(c.completed_at)),
            (tr.t("certificate-band"), tr.t(&format!("certificate-band-{}", c.score_band))),
            (tr.t("certificate-issuer"), format!("PPI Hub ({})", did_of(base_url))),
            (tr.t("certificate-code"), c.code.clone()),
        ]);
        l.y += 24.0;
        if let Some(at) = c.revoked_at {
            l.colour((0xb0, 0x00, 0x20));
            l.centred(&tr.t_args("certificate-revoked", &[("date", tr.date(at))]), 15.0, true, 4.0);
            if !c.revoked_reason.is_empty() {
                l.centred(&c.revoked_reason, 11.0, false, 0.0);
            }
            l.colour((0x1a, 0x1a, 0x1a));
        }
        l.y = l.y.max(qr_top - 20.0).min(qr_top - 8.0);
        l.rule(0.0);
        draw_qr(&mut l.surface, &page_url, MARGIN, qr_top + 8.0, qr_size);
        let note = tr.t("certificate-pdf-check");
        let mut y = qr_top + 8.0;
        for line in fonts.0.wrap(&note, 10.0, TEXT_WIDTH - qr_size - 20.0) {
            y += 13.0;
            l.surface.draw_text(Point::from_xy(MARGIN + qr_size + 20.0, y), fonts.0.font.clone(), 10.0, &line, false, TextDirection::Auto);
        }
        l.colour((0x0b, 0x4f, 0x6c));
        for line in fonts.0.wrap(&page_url, 10.0, TEXT_WIDTH - qr_size - 20.0) {
            y += 15.0;
            l.surface.draw_text(Point::from_xy(MARGIN + qr_size + 20.0, y), fonts.0.font.clone(), 10.0, &line, false, TextDirection::Auto);
        }
        l.surface.finish();
    }
    if let Some(area) = Rect::from_xywh(MARGIN, qr_top + 8.0, TEXT_WIDTH, qr_size) {
        let link = LinkAnnotation::new(area, Target::Action(LinkAction::new(page_url.clone()).into()));
        page.add_annotation(Annotation::new_link(link, Some(page_url)));
    }
    page.finish();
    document.finish().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn certificate(name: &str, revoked: bool) -> Certificate {
        Certificate {
            id: 1,
            code: "ABCD-EFGH-JKMN".into(),
            user_id: 1,
            course_id: 1,
            course_version: 1,
            learner_name: name.into(),
            course_title: "Innovation procurement: the fundamentals".into(),
            lang: "en".into(),
            minutes: 95,
            score_band: "merit".into(),
            completed_at: 1_764_000_000,
            withdrawn: 0,
            revoked_at: revoked.then_some(1_765_000_000),
            revoked_reason: if revoked { "Issued in error".into() } else { String::new() },
            credential: String::new(),
        }
    }

    #[test]
    fn a_certificate_prints_as_one_small_pdf_page_linking_its_public_page() {
        let pdf = render(Tr(Locale::Lt), &certificate("Jūratė Žemaitytė-Šimkienė", false), "https://ppihub.example").expect("a pdf");
        assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
        assert!(pdf.len() < 120_000, "only the glyphs used are embedded: {} bytes", pdf.len());
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("https://ppihub.example/certificates/ABCD-EFGH-JKMN"), "the page's address is a link");
        let compact = text.replace(' ', "");
        let pages = compact.match_indices("/Type/Page").filter(|(i, _)| !compact[i + 10..].starts_with('s')).count();
        assert_eq!(pages, 1, "one page");
    }

    #[test]
    fn long_names_and_titles_wrap_inside_the_page() {
        let regular = REGULAR.as_ref().expect("font");
        let name = "Maria-Magdalena Aleksandravičiūtė-Vaitkevičienė Ostrowska-Brzęczyszczykiewicz von Hohenzollern-Sigmaringen";
        let lines = regular.wrap(name, 24.0, TEXT_WIDTH);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| regular.width(l, 24.0) <= TEXT_WIDTH), "{lines:?}");
        assert_eq!(lines.join(" "), name, "nothing is lost");
        let unbroken = "a".repeat(300);
        let lines = regular.wrap(&unbroken, 18.0, TEXT_WIDTH);
        assert!(lines.len() > 1 && lines.iter().all(|l| regular.width(l, 18.0) <= TEXT_WIDTH));
        assert_eq!(lines.concat(), unbroken);
    }

    #[test]
    fn a_revoked_certificate_and_any_script_still_render() {
        for name in ["李小龍", "محمد", "Ωμέγα", "👩‍🔬", "\u{202e}evil", ""] {
            assert!(render(Tr(Locale::En), &certificate(name, true), "http://localhost:3000").is_some(), "{name}");
        }
    }
}
