/* web.h: what the browser build (./build.sh web, emscripten) adds to the game: the browser's
   frame loop instead of a blocking one, the on-screen keyboard of tablets, and the words the
   page shows itself. Everything here does nothing in the desktop build. */
#ifndef WEB_H
#define WEB_H

#include <stdbool.h>

#include "game.h"

/* Hands the game to the browser, which calls game_frame once per frame from now on. In the
   browser it never returns (the page owns the loop); elsewhere it returns false at once. */
bool web_run(Game *g);

/* A text field is being edited (true) or not: on a tablet the page's hidden field takes focus,
   so the on-screen keyboard comes up; what it types arrives as SDL text events. */
void web_keyboard(bool on);

struct App;
/* The Teacher screen's browser-only row at area.x, *y: Save progress file, Add a class list,
   Add levels, and what the last one did; *y moves below it. True when a class list or level
   was added (the screen reads the folder again). Draws nothing on the desktop. */
bool web_teacher_row(struct App *app, SDL_Rect area, int *y);

#endif
