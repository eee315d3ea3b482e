"""Text-level structure of an article: paragraphs and sentences labelled by kind (segment), and
the spans inside quotation marks (quotespans). Below every analysis; imports no analysis."""
