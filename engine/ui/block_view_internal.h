/* block_view_internal.h: what the block view's three files share (block_view.c lays out and
   owns the life of the widget, block_view_input.c handles input, block_view_draw.c draws).
   Not for other modules. */
#ifndef BLOCK_VIEW_INTERNAL_H
#define BLOCK_VIEW_INTERNAL_H

#include "block_view.h"
#include "widgets.h"

/* P_ARM_ADD: the "+" on an if that adds an else-if arm; P_ARM_REMOVE: an arm's "x";
   P_HINT: the empty program's "Drag blocks here" (no item). */
enum {
  P_TEXT,
  P_NUMBER,
  P_SENSOR,
  P_NAME,
  P_CODE,
  P_ELSE_ADD,
  P_ELSE_REMOVE,
  P_ARM_ADD,
  P_ARM_REMOVE,
  P_HINT
};

typedef struct {
  SDL_Rect r;
  int item, arm; /* arm: the IF arm of a sensor, -1 otherwise */
  unsigned char kind;
  bool owns;     /* text in own[] rather than s */
  const char *s; /* P_TEXT, P_CODE: borrowed from the template or the block */
  size_t len;
  char own[56];
  int px, line_h; /* its words' size when smaller than the view's (a wide palette block); 0: the
                     view's */
} Piece;

typedef struct {
  SDL_Rect r;
  SDL_Color c;
  int item;   /* -1: the start hat */
  int bump_x; /* x of the bump hanging under it; -1 none */
  bool hat;
} Shape;

typedef struct {
  int x, y, owner, slot, index; /* owner: the item whose sub-list it is, -1 the top list */
} Place;

typedef struct {
  Block *b;
  int parent, slot, index, depth;
  SDL_Rect box;
  int first_shape;
} Item;

typedef struct {
  Item *items;
  Shape *shapes;
  Piece *pieces;
  Place *places;
  int nitems, nshapes, npieces, nplaces;
  int citems, cshapes, cpieces, cplaces;
  int w, h;
} Layout;

typedef struct {
  int H, pad, gap, spine, mouth, foot, notch_x, notch_w, notch_h, radius, margin, hat_h;
  int px, code_px, line_h, code_line_h, field_min, palette_w, threshold;
  int ring, gutter; /* the keyboard ring's thickness; room left of a block for ring and arrow */
  int bar;          /* scrollbar thickness */
} Metrics;

struct BlockView {
  Text *text;
  const Theme *theme;
  const BlockPalette *pal;
  BlockEdit *ed;
  SDL_Rect rect, ws, pr; /* whole, workspace, palette column */
  Metrics m;
  Layout lay, pal_lay, fl; /* workspace, palette, the floating (dragged) stack */
  int pal_first[BLOCK_PALETTE_MAX];
  /* what the palette shows: its templates, with the "call" block replaced by one per function
     the program defines (owned copies, rebuilt with the layout) */
  Block *pitems[BLOCK_PALETTE_MAX];
  int npal;
  int wrap_w; /* while laying out a palette block too wide for its column: the widest row */
  unsigned long laid;
  bool dirty, focused, readonly, wants_focus;
  int scroll, scroll_x, pal_scroll, sel;
  bool kbd_palette; /* the keyboard last acted on the palette (Left/Right), not the program */
  bool cursor_set;  /* the pupil put the cursor somewhere: a clicked palette block goes there */
  int sb_drag;      /* a scrollbar thumb held: 1 vertical, 2 horizontal, 0 none */
  /* mouse */
  bool pressing, dragging, over_palette;
  int press_x, press_y, press_item, press_piece, press_palette;
  int grab_dx, grab_dy, mouse_x, mouse_y;
  Block *floating;
  bool from_palette;
  BlockPath origin;
  int target, gap_owner, gap_slot, gap_index, gap_h, gap_w;
  /* the snap places as they lay before any gap opened: targets are picked from these, so the
     preview's gap never moves what the pointer is aiming at (same order as lay.places) */
  Place *drag_places;
  int ndrag_places, cdrag_places;
  char *drag_text; /* the program's text when the drag began: what block_view_text gives */
  size_t drag_text_len;
  unsigned long drag_changed;
  SDL_Rect ghost;
  /* field editing and the sensor dropdown */
  bool editing, dropdown;
  int edit_kind, edit_arm, edit_nth, drop_sel; /* edit_nth: which of its block's fields */
  BlockPath edit_path;
  Block *edit_block;
  char buf[64];
  /* replay */
  int run_line, error_line;
  char error_msg[512];
};

void block_view_relayout(BlockView *v);
/* How far the workspace scrolls down (horizontal false) or right (true). */
int block_view_max_scroll(const BlockView *v, bool horizontal);
/* The scrollbar tracks and thumbs along the workspace's right and bottom edges; false when
   that way needs no scrolling. */
bool block_view_scrollbar(const BlockView *v, bool horizontal, SDL_Rect *track, SDL_Rect *thumb);
void block_view_relayout_workspace(BlockView *v); /* the drag's gap moved: the palette stays */
void block_view_ensure_layout(BlockView *v);
bool block_view_item_path(const Layout *L, int it, BlockPath *p);
bool block_view_place_path(const Layout *L, const Place *pl, BlockPath *p);
int block_view_find_item(const Layout *L, const BlockPath *want); /* -1 when none */
int block_view_find_place(const Layout *L, const BlockPath *want);
int block_view_clamp(int x, int lo, int hi);
/* The sensor dropdown: how many options, where it shows (and each row's height), and which
   option is at a point (-1 none). */
int block_view_drop_options(const BlockView *v);
SDL_Rect block_view_dropdown_rect(BlockView *v, int *row_h);
int block_view_dropdown_hit(BlockView *v, int x, int y);
void block_view_option_label(const BlockView *v, int i, char *out, size_t n);
/* Drops a drag in progress without changing the program (the text was replaced). */
void block_view_cancel_drag(BlockView *v);
/* Lays out a floating stack (a drag) into v->fl at (0, 0). */
void block_view_layout_floating(BlockView *v);

#endif
