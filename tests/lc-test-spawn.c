/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/*
 * lc-test-spawn RESULT PROGRAM [ARGUMENT…]: runs PROGRAM, then writes
 * "status signal peak-kB" of it to the file RESULT.
 *
 * Why a program of its own: a child's peak memory (ru_maxrss) counts the
 * pages it had before exec, and a child forked from a test that has grown
 * (a 100,000-row file in memory, AddressSanitizer's quarantine) starts as
 * big as its parent. Forked from this small program instead, the command
 * line's peak is its own.
 */

int
main (int   argc,
      char *argv[])
{
  struct rusage usage;
  FILE *result;
  pid_t pid;
  int status = 0;

  if (argc < 3)
    {
      fprintf (stderr, "usage: lc-test-spawn RESULT PROGRAM [ARGUMENT…]\n");
      return 2;
    }

  pid = fork ();
  if (pid < 0)
    {
      perror ("lc-test-spawn: fork");
      return 2;
    }
  if (pid == 0)
    {
      execv (argv[2], argv + 2);
      perror ("lc-test-spawn: exec");
      _exit (127);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      {
        perror ("lc-test-spawn: wait4");
        return 2;
      }

  result = fopen (argv[1], "w");
  if (result == NULL)
    {
      perror ("lc-test-spawn: result");
      return 2;
    }
  fprintf (result, "%d %d %ld\n",
           WIFEXITED (status) ? WEXITSTATUS (status) : -1,
           WIFSIGNALED (status) ? WTERMSIG (status) : 0,
           usage.ru_maxrss);
  fclose (result);

  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}
