//! Tenders: the rules a tender follows, shared by server and browser (so far the EU threshold
//! rule).

pub mod threshold;
