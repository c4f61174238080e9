from training.posts.train import main

raise SystemExit(main())
