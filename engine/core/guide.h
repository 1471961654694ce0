/* guide.h: the teacher's guide of a level pack, as printable HTML: an index and one A4 page a
   level (goal, concept, curriculum statements, notes, the map, an intended solution drawn as
   blocks, common mistakes found by running near-miss programs, an unplugged warm-up). Reads
   the pack and its levels; writes only into the folder the teacher names. No SDL. */
#ifndef GUIDE_H
#define GUIDE_H

#include <stdbool.h>
#include <stddef.h>

#include "level.h"

/* Writes out_dir/index.html and out_dir/NN-ID.html for each level of the pack in pack_dir
   (made when missing). *pages: level pages written. False with err filled when the pack does
   not load or a file cannot be written; a level that does not load is skipped and named in
   err (the rest are still written, and the call returns true). */
bool guide_write_pack(const char *pack_dir, const char *out_dir, const char *lang, int *pages,
                      char *err, size_t cap);

/* One level's page as HTML (malloc'd; NULL when out of memory): number is its place in the
   pack (1 = first). */
char *guide_level_page(const Level *lv, int number, const char *pack_title, const char *lang);

#endif
