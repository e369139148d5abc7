/*-------------------------------------------------------------------------
 *
 * replay.c
 *	  Runs a fuzz target over saved inputs without libFuzzer, so that
 *	  "make test" replays the corpus and every crash reproducer with gcc's
 *	  AddressSanitizer and UndefinedBehaviorSanitizer (no clang needed).
 *
 *	  replay DIR|FILE ...   prints "N inputs: A accepted, R refused"
 *
 *-------------------------------------------------------------------------
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

extern int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern long fuzz_accepted;
extern long fuzz_refused;

static long inputs;

static void
replay_file(const char *path)
{
	FILE	   *f = fopen(path, "rb");
	uint8_t    *data;
	long		size;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0)
	{
		perror(path);
		exit(2);
	}
	rewind(f);
	data = malloc(size + 1);	/* +1: an empty file still has a buffer */
	if (data == NULL || fread(data, 1, size, f) != (size_t) size)
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	inputs++;
}

static void
replay(const char *path)
{
	struct stat st;
	DIR		   *dir;
	struct dirent *e;

	if (stat(path, &st) != 0)
	{
		perror(path);
		exit(2);
	}
	if (!S_ISDIR(st.st_mode))
	{
		replay_file(path);
		return;
	}
	if ((dir = opendir(path)) == NULL)
	{
		perror(path);
		exit(2);
	}
	while ((e = readdir(dir)) != NULL)
	{
		char		child[4096];

		if (e->d_name[0] == '.')
			continue;
		snprintf(child, sizeof(child), "%s/%s", path, e->d_name);
		replay(child);
	}
	closedir(dir);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		replay(argv[i]);
	printf("%ld inputs: %ld accepted, %ld refused\n", inputs, fuzz_accepted, fuzz_refused);
	return inputs > 0 ? 0 : 1;
}
