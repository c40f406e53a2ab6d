-- Passages are numbered from 1, as readers cite them ("passage 3"). Stores made before this
-- numbered from 0; shift them in two steps so that UNIQUE (source_id, seq) holds at every row.
UPDATE passages SET seq = -(seq + 1);
UPDATE passages SET seq = -seq;
