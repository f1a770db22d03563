-- AlterEnum
ALTER TYPE "ForumHiddenBy" ADD VALUE 'AUTHOR';
