-- Every rejected item says why, with a known reason code and a sentence.
-- severity: error
select input_ref, reason, detail
from quarantine
where reason not in ('unreadable', 'not-a-file', 'dangling-link', 'link-loop', 'empty', 'binary', 'too-large',
                     'unsupported-format', 'malformed-line', 'missing-text', 'empty-after-cleaning', 'cleaning-failed',
                     'duplicate-input', 'nlp-failed', 'actors-failed', 'events-failed')
   or detail is null or length(detail) = 0
