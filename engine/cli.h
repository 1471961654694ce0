/* cli.h: the command line of SPEC section 3: check | run | blocks | report | screenshot. */
#ifndef CLI_H
#define CLI_H

int cli_main(int argc, char **argv);

/* codebridge report DIR... [--out DIR] (cli_report.c) */
int cli_report(int argc, char **argv);

#endif
