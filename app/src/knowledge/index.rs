//! The knowledge search index (tantivy, in memory): one document per published item, for the
//! library's ranked search with facet counts, and one per passage (a case's section, a
//! material's section) with its anchor, for the assistant to cite. Built from the database at
//! start-up; after every change, and before a search when a few seconds have passed, it compares
//! each item's revision with the database's, so several app servers each hold a correct index.

use super::analysis;
use super::model::{year_of, Facts, Kind, PopulationBand};
use super::repo::{self, Item};
use super::rules::CONTENT_LANGS;
use super::search::{Facet, KnowledgeQuery, Sort, PER_PAGE};
use crate::db::Db;
use crate::reference::Code;
use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{BooleanQuery, Occur, Query, QueryParser, RangeQuery, TermQuery};
use tantivy::schema::{
    Facet as Path, FacetOptions, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED, STRING,
};
use tantivy::snippet::SnippetGenerator;
use tantivy::{doc, Index, IndexReader, IndexWriter, Order, TantivyDocument, Term};

/// How long a search trusts the index before comparing revisions with the database again.
const FRESH_FOR: Duration = Duration::from_secs(3);
const TITLE_BOOST: f32 = 4.0;

struct Fields {
    id: Field,
    doc: Field,
    section: Field,
    facets: Field,
    year: Field,
    date: Field,
    names: Field,
    /// Per content language: (title, body).
    text: BTreeMap<&'static str, (Field, Field)>,
}

pub struct KnowledgeIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter>,
    fields: Fields,
    /// The revision of each item the index holds.
    held: Mutex<HashMap<i64, i64>>,
    checked: Mutex<Option<Instant>>,
}

/// A found item: its id, and the passage of its text that matched, with the matched words'
/// character ranges.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub id: i64,
    pub snippet: String,
    pub highlighted: Vec<(usize, usize)>,
}

/// A search's page of results, how many there are in all, and each facet's counts.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub total: usize,
    pub counts: BTreeMap<Facet, Vec<(String, u64)>>,
}

/// A passage for the assistant: which item and section, its text, its score.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub item_id: i64,
    pub title: String,
    pub section: String,
    pub lang: String,
    pub text: String,
    pub score: f32,
}

fn text_options(lang: &str) -> TextOptions {
    TextOptions::default()
        .set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(&analysis::tokenizer_name(lang))
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
        .set_stored()
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_i64_field("id", INDEXED | STORED | FAST);
    let doc = b.add_text_field("doc", STRING);
    let section = b.add_text_field("section", STRING | STORED);
    let facets = b.add_facet_field("facets", FacetOptions::default());
    let year = b.add_i64_field("year", INDEXED | FAST);
    let date = b.add_i64_field("date", FAST);
    let names = b.add_text_field("names", text_options("en"));
    let mut text = BTreeMap::new();
    for lang in CONTENT_LANGS {
        let title = b.add_text_field(&format!("title_{lang}"), text_options(lang));
        let body = b.add_text_field(&format!("body_{lang}"), text_options(lang));
        text.insert(lang, (title, body));
    }
    (b.build(), Fields { id, doc, section, facets, year, date, names, text })
}

/// The facet paths of an item (`/country/FI`, `/procedure/pcp` …).
fn facet_paths(item: &Item) -> Vec<String> {
    let mut p = vec![format!("/kind/{}", item.kind().code())];
    let mut lookups: Vec<String> = Vec::new();
    let mut add = |facet: Facet, v: &str| {
        if !v.is_empty() && !v.contains('/') {
            p.push(format!("/{}/{v}", facet.param()));
        }
    };
    for t in &item.texts {
        add(Facet::Lang, &t.lang);
    }
    match &item.facts {
        Facts::Case(f) => {
            add(Facet::Country, &f.country);
            add(Facet::Procedure, &f.procedure);
            add(Facet::Innovation, &f.innovation);
            add(Facet::Population, &f.population_band);
            f.themes.iter().for_each(|t| add(Facet::Theme, t));
            // Not a facet people choose: what "cases like this tender" looks up by.
            lookups.extend(f.cpv.iter().filter_map(|c| super::similar::division(c)).map(|d| format!("/cpv/{d}")));
            if f.sme_winners.is_some_and(|n| n > 0) {
                add(Facet::Sme, "yes");
            }
        }
        Facts::Material(f) => {
            add(Facet::Type, &f.material_type);
            f.stages.iter().for_each(|s| add(Facet::Stage, s));
            f.audiences.iter().for_each(|a| add(Facet::Audience, a));
            f.themes.iter().for_each(|t| add(Facet::Theme, t));
        }
    }
    p.extend(lookups);
    p
}

/// The date an item is sorted by: a case's award (else its call), a material's version; as
/// YYYYMMDD with unknown parts as zero.
fn sort_date(item: &Item) -> i64 {
    let date = match &item.facts {
        Facts::Case(f) => {
            [&f.award_date, &f.call_date, &f.deployment_date].into_iter().find(|d| !d.is_empty()).cloned().unwrap_or_default()
        }
        Facts::Material(f) => f.version_date.clone(),
    };
    let digits: String = date.chars().filter(char::is_ascii_digit).take(8).collect();
    format!("{digits:0<8}").parse().unwrap_or(0)
}

fn award_year(item: &Item) -> Option<i64> {
    match &item.facts {
        Facts::Case(f) => year_of(&f.award_date).map(i64::from),
        Facts::Material(_) => None,
    }
}

impl KnowledgeIndex {
    pub fn new() -> tantivy::Result<KnowledgeIndex> {
        let (schema, fields) = schema();
        let index = Index::create_in_ram(schema);
        analysis::register(index.tokenizers());
        let writer = index.writer_with_num_threads(1, 30_000_000)?;
        let reader = index.reader_builder().reload_policy(tantivy::ReloadPolicy::Manual).try_into()?;
        Ok(KnowledgeIndex {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
            held: Mutex::new(HashMap::new()),
            checked: Mutex::new(None),
        })
    }

    fn documents(&self, item: &Item) -> Vec<TantivyDocument> {
        let f = &self.fields;
        let mut d = doc!(f.id => item.id, f.doc => "item", f.date => sort_date(item));
        if let Some(y) = award_year(item) {
            d.add_i64(f.year, y);
        }
        for p in facet_paths(item) {
            d.add_facet(f.facets, Path::from_text(&p).unwrap_or_else(|_| Path::root()));
        }
        if let Facts::Case(c) = &item.facts {
            d.add_text(f.names, &c.buyer_name);
            c.buyer_names.iter().for_each(|n| d.add_text(f.names, n));
            c.cpv.iter().for_each(|n| d.add_text(f.names, n));
        }
        let mut docs = Vec::new();
        for t in &item.texts {
            let Some((title, body)) = f.text.get(t.lang.as_str()) else { continue };
            d.add_text(*title, &t.title);
            d.add_text(*body, &t.summary);
            for s in &t.sections {
                // Indexed and shown as the reader sees it: no markup, no link targets.
                let text = crate::shell::markdown::plain_text(&s.markdown);
                d.add_text(*body, &text);
                let mut passage = doc!(f.id => item.id, f.doc => "passage", f.section => s.id.clone());
                passage.add_facet(f.facets, Path::from_text(&format!("/kind/{}", item.kind().code())).unwrap_or_else(|_| Path::root()));
                passage.add_text(*title, &t.title);
                passage.add_text(*body, format!("{}\n{}", s.heading, text));
                docs.push(passage);
            }
        }
        docs.push(d);
        docs
    }

    /// Brings the index in line with the database: adds and replaces items whose revision it
    /// does not hold, removes those no longer published.
    pub async fn catch_up(&self, db: &Db) -> Result<usize, String> {
        let revisions = repo::revisions(db).await.map_err(|e| e.to_string())?;
        let (stale, gone): (Vec<i64>, Vec<i64>) = {
            let held = self.held.lock().map_err(|e| e.to_string())?;
            let now: HashMap<i64, i64> = revisions.iter().copied().collect();
            let stale = revisions.iter().filter(|(id, rev)| held.get(id) != Some(rev)).map(|(id, _)| *id).collect();
            let gone = held.keys().filter(|id| !now.contains_key(id)).copied().collect();
            (stale, gone)
        };
        *self.checked.lock().map_err(|e| e.to_string())? = Some(Instant::now());
        if stale.is_empty() && gone.is_empty() {
            return Ok(0);
        }
        let items = repo::published_in(db, &stale).await.map_err(|e| e.to_string())?;
        let mut writer = self.writer.lock().map_err(|e| e.to_string())?;
        let mut held = self.held.lock().map_err(|e| e.to_string())?;
        for id in stale.iter().chain(&gone) {
            writer.delete_term(Term::from_field_i64(self.fields.id, *id));
            held.remove(id);
        }
        for item in &items {
            for d in self.documents(item) {
                writer.add_document(d).map_err(|e| e.to_string())?;
            }
            held.insert(item.id, item.revision);
        }
        writer.commit().map_err(|e| e.to_string())?;
        drop(held);
        drop(writer);
        self.reader.reload().map_err(|e| e.to_string())?;
        Ok(items.len() + gone.len())
    }

    /// Catches up if the last check is a few seconds old (another server may have changed items).
    pub async fn fresh(&self, db: &Db) {
        let due = self.checked.lock().map(|c| c.is_none_or(|t| t.elapsed() > FRESH_FOR)).unwrap_or(true);
        if due {
            if let Err(e) = self.catch_up(db).await {
                tracing::error!(error = %e, "knowledge index could not catch up");
            }
        }
    }

    fn parser(&self) -> QueryParser {
        let f = &self.fields;
        let mut fields = vec![f.names];
        for (title, body) in f.text.values() {
            fields.push(*title);
            fields.push(*body);
        }
        let mut p = QueryParser::for_index(&self.index, fields);
        p.set_conjunction_by_default();
        for (title, _) in f.text.values() {
            p.set_field_boost(*title, TITLE_BOOST);
        }
        p
    }

    fn term(&self, facet: Facet, value: &str) -> Box<dyn Query> {
        let path = Path::from_text(&format!("/{}/{value}", facet.param())).unwrap_or_else(|_| Path::root());
        Box::new(TermQuery::new(Term::from_facet(self.fields.facets, &path), IndexRecordOption::Basic))
    }

    /// The query of a search, leaving out the facet `except` (to count that facet's values).
    fn query(&self, q: &KnowledgeQuery, except: Option<Facet>) -> Box<dyn Query> {
        let f = &self.fields;
        let mut must: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, Box::new(TermQuery::new(Term::from_field_text(f.doc, "item"), IndexRecordOption::Basic)))];
        if !q.text.trim().is_empty() {
            let (text, _errors) = self.parser().parse_query_lenient(&q.text);
            must.push((Occur::Must, text));
        }
        for (facet, value) in &q.facets {
            if Some(*facet) != except {
                must.push((Occur::Must, self.term(*facet, value)));
            }
        }
        if let Some(limit) = q.population_under.filter(|_| except != Some(Facet::Population)) {
            let bands: Vec<(Occur, Box<dyn Query>)> =
                PopulationBand::below(limit).into_iter().map(|b| (Occur::Should, self.term(Facet::Population, b.code()))).collect();
            must.push((Occur::Must, Box::new(BooleanQuery::new(bands))));
        }
        if let Some(from) = q.awarded_from {
            let range = RangeQuery::new(Bound::Included(Term::from_field_i64(f.year, i64::from(from))), Bound::Unbounded);
            must.push((Occur::Must, Box::new(range)));
        }
        Box::new(BooleanQuery::new(must))
    }

    /// The first `n` items of a search, newest first, without counts or snippets (a page's
    /// "related" list).
    pub fn top(&self, q: &KnowledgeQuery, n: usize) -> tantivy::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let top = searcher.search(&*self.query(q, None), &TopDocs::with_limit(n).order_by_fast_field::<i64>("date", Order::Desc))?;
        top.into_iter()
            .map(|(_, a)| searcher.doc::<TantivyDocument>(a).map(|d| d.get_first(self.fields.id).and_then(|v| v.as_i64()).unwrap_or(0)))
            .collect()
    }

    /// A page of results, the total, and the facet counts (each facet counted with the other
    /// facets applied, so a count says what choosing that value would give).
    pub fn search(&self, q: &KnowledgeQuery, reader_lang: &str) -> tantivy::Result<Found> {
        let searcher = self.reader.searcher();
        let query = self.query(q, None);
        let page = TopDocs::with_limit(PER_PAGE).and_offset(q.offset());
        let (addresses, total): (Vec<_>, usize) = if q.sort == Sort::Newest || q.text.trim().is_empty() {
            let (top, total) = searcher.search(&query, &(page.order_by_fast_field::<i64>("date", Order::Desc), Count))?;
            (top.into_iter().map(|(_, a)| a).collect(), total)
        } else {
            let (top, total) = searcher.search(&query, &(page.order_by_score(), Count))?;
            (top.into_iter().map(|(_, a)| a).collect(), total)
        };
        // The reader's language first, then English, then the rest, each once.
        let mut body_fields: Vec<Field> = Vec::new();
        for field in [reader_lang, "en"].iter().filter_map(|l| self.fields.text.get(l)).chain(self.fields.text.values()).map(|(_, b)| *b) {
            if !body_fields.contains(&field) {
                body_fields.push(field);
            }
        }
        let mut generators: Vec<SnippetGenerator> = Vec::new();
        if !q.text.trim().is_empty() {
            for field in &body_fields {
                let mut g = SnippetGenerator::create(&searcher, &*query, *field)?;
                g.set_max_num_chars(220);
                generators.push(g);
            }
        }
        let mut hits = Vec::with_capacity(addresses.len());
        for a in addresses {
            let d: TantivyDocument = searcher.doc(a)?;
            let id = d.get_first(self.fields.id).and_then(|v| v.as_i64()).unwrap_or(0);
            let snippet = generators.iter().map(|g| g.snippet_from_doc(&d)).find(|s| !s.highlighted().is_empty());
            let (snippet, highlighted) = match snippet {
                Some(s) => (s.fragment().to_string(), s.highlighted().iter().map(|r| (r.start, r.end)).collect()),
                None => (String::new(), Vec::new()),
            };
            hits.push(Hit { id, snippet, highlighted });
        }
        let mut counts = BTreeMap::new();
        for facet in Facet::ALL {
            let mut collector = FacetCollector::for_field("facets");
            let root = format!("/{}", facet.param());
            collector.add_facet(Path::from_text(&root).unwrap_or_else(|_| Path::root()));
            let counted = searcher.search(&*self.query(q, Some(facet)), &collector)?;
            let values: Vec<(String, u64)> = counted
                .get(root.as_str())
                .map(|(path, n)| (path.to_path().last().map(|s| s.to_string()).unwrap_or_default(), n))
                .filter(|(v, _)| !v.is_empty())
                .collect();
            counts.insert(facet, values);
        }
        Ok(Found { hits, total, counts })
    }

    /// The passages that best answer `text`, of one kind of item or any (for the assistant, and
    /// "cases like this tender"): any of the words may match; passages with more of them rank first.
    pub fn passages(&self, text: &str, limit: usize, kind: Option<Kind>) -> tantivy::Result<Vec<Passage>> {
        let searcher = self.reader.searcher();
        let f = &self.fields;
        let mut parser = QueryParser::for_index(&self.index, f.text.values().flat_map(|(t, b)| [*t, *b]).collect());
        for (title, _) in f.text.values() {
            parser.set_field_boost(*title, 1.5);
        }
        let (text_query, _) = parser.parse_query_lenient(text);
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, Box::new(TermQuery::new(Term::from_field_text(f.doc, "passage"), IndexRecordOption::Basic))),
            (Occur::Must, text_query),
        ];
        if let Some(k) = kind {
            must.push((Occur::Must, self.term(Facet::Kind, k.code())));
        }
        let top = searcher.search(&BooleanQuery::new(must), &TopDocs::with_limit(limit).order_by_score())?;
        let mut out = Vec::new();
        for (score, a) in top {
            let d: TantivyDocument = searcher.doc(a)?;
            let lang_text = f
                .text
                .iter()
                .find_map(|(lang, (_, body))| d.get_first(*body).and_then(|v| v.as_str()).map(|t| (lang.to_string(), t.to_string())));
            let (lang, text) = lang_text.unwrap_or_default();
            let title = f.text.get(lang.as_str()).and_then(|(t, _)| d.get_first(*t)).and_then(|v| v.as_str()).unwrap_or("").to_string();
            out.push(Passage {
                item_id: d.get_first(f.id).and_then(|v| v.as_i64()).unwrap_or(0),
                title,
                section: d.get_first(f.section).and_then(|v| v.as_str()).unwrap_or("").to_string(),
                lang,
                text,
                score,
            });
        }
        Ok(out)
    }

    /// In how many documents of a content language's text a word (as that language's analyzer
    /// makes it) occurs, and how many documents there are in all: the assistant weighs the words
    /// of a question by how rare they are.
    pub fn document_frequency(&self, lang: &str, term: &str) -> (u64, u64) {
        let searcher = self.reader.searcher();
        let Some((_, body)) = self.fields.text.get(lang) else { return (0, searcher.num_docs()) };
        (searcher.doc_freq(&Term::from_field_text(*body, term)).unwrap_or(0), searcher.num_docs())
    }

    /// Cases in any of these CPV divisions, or under this procedure or innovation character
    /// (candidates for "cases like this tender").
    pub fn cases_with(
        &self,
        divisions: &std::collections::BTreeSet<String>,
        procedure: &str,
        innovation: &str,
    ) -> tantivy::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let path = |p: String| -> Box<dyn Query> {
            let facet = Path::from_text(&p).unwrap_or_else(|_| Path::root());
            Box::new(TermQuery::new(Term::from_facet(self.fields.facets, &facet), IndexRecordOption::Basic))
        };
        let mut any: Vec<(Occur, Box<dyn Query>)> = divisions.iter().map(|d| (Occur::Should, path(format!("/cpv/{d}")))).collect();
        if !procedure.is_empty() && !procedure.contains('/') {
            any.push((Occur::Should, path(format!("/procedure/{procedure}"))));
        }
        if !innovation.is_empty() && !innovation.contains('/') {
            any.push((Occur::Should, path(format!("/innovation/{innovation}"))));
        }
        if any.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(self.fields.doc, "item"), IndexRecordOption::Basic)) as Box<dyn Query>,
            ),
            (Occur::Must, self.term(Facet::Kind, Kind::Case.code())),
            (Occur::Must, Box::new(BooleanQuery::new(any))),
        ]);
        let top = searcher.search(&query, &TopDocs::with_limit(60).order_by_score())?;
        top.into_iter()
            .map(|(_, a)| searcher.doc::<TantivyDocument>(a).map(|d| d.get_first(self.fields.id).and_then(|v| v.as_i64()).unwrap_or(0)))
            .collect()
    }
}
